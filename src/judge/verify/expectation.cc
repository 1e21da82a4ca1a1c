#include "judge/verify/expectation.h"

#include <algorithm>
#include <cctype>

#include "judge/session.h"

namespace judge::verify {

namespace {

const VerdictSet kRunTimeError = VerdictSet::of(
    {Verdict::kRuntimeError, Verdict::kMemoryLimitExceeded, Verdict::kOutputLimitExceeded});

bool is_judge_failure(Verdict verdict) {
  return verdict == Verdict::kJudgeError || verdict == Verdict::kInternalError;
}

bool in_group(const std::string& test, const std::string& group) {
  return test == group || (test.size() > group.size() &&
                           test.compare(0, group.size(), group) == 0 && test[group.size()] == '/');
}

std::string describe_test(const TestOutcome& test) {
  return "test " + test.name + " got " + short_name(test.verdict);
}

// The first reason the tests break `rule`, or "" when they meet it. `scope` names the tests
// ("" for all of them, "in secret/g1" for a group's).
std::string check_rule(const VerdictRule& rule, const std::vector<const TestOutcome*>& tests,
                       const std::string& scope) {
  for (const TestOutcome* test : tests) {
    if (!rule.permitted.contains(test->verdict)) {
      return describe_test(*test) + ", not permitted" + scope +
             " (permitted: " + rule.permitted.describe() + ")";
    }
  }
  if (rule.required) {
    const bool found = std::any_of(tests.begin(), tests.end(), [&](const TestOutcome* test) {
      return rule.required->contains(test->verdict);
    });
    if (!found) {
      return "no test" + scope + " got a required verdict (required: one of " +
             rule.required->describe() + ")";
    }
  }
  return "";
}

std::string format_score(double score) {
  std::string text = std::to_string(score);
  text.erase(text.find_last_not_of('0') + 1);
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

std::string check_score(const ScoreRange& range, const JudgedSubmission& judged) {
  if (!judged.score) return "no score: the problem is not scored";
  const double score = *judged.score;
  if (range.strictly_partial) {
    // Legacy graders (sum, max of groups...) leave the maximum unknown: then only "more than 0".
    const bool max_known = judged.max_score && *judged.max_score > 0;
    if (score > 0 && (!max_known || score < *judged.max_score)) return "";
    if (!max_known) return "score " + format_score(score) + ", expected more than 0";
    return "score " + format_score(score) + ", expected more than 0 and less than " +
           format_score(*judged.max_score);
  }
  // Scores are sums of decimal fractions: allow for rounding in the last digits.
  const double slack = 1e-9 * std::max(1.0, std::abs(range.high));
  if (score >= range.low - slack && score <= range.high + slack) return "";
  if (range.low == range.high) {
    return "score " + format_score(score) + ", expected " + format_score(range.low);
  }
  return "score " + format_score(score) + ", expected " + format_score(range.low) + " to " +
         format_score(range.high);
}

}  // namespace

VerdictSet VerdictSet::of(std::initializer_list<Verdict> verdicts) {
  VerdictSet set;
  for (Verdict verdict : verdicts) set.add(verdict);
  return set;
}

VerdictSet VerdictSet::any_outcome() {
  VerdictSet set =
      VerdictSet::of({Verdict::kAccepted, Verdict::kWrongAnswer, Verdict::kTimeLimitExceeded});
  set.add(kRunTimeError);
  return set;
}

std::vector<std::string> VerdictSet::names() const {
  std::vector<std::string> names;
  auto add_if = [&](Verdict verdict) {
    if (contains(verdict)) names.push_back(short_name(verdict));
  };
  add_if(Verdict::kAccepted);
  add_if(Verdict::kWrongAnswer);
  add_if(Verdict::kTimeLimitExceeded);
  if ((bits_ & kRunTimeError.bits_) == kRunTimeError.bits_) {
    names.push_back("RTE");
  } else {
    add_if(Verdict::kRuntimeError);
    add_if(Verdict::kMemoryLimitExceeded);
    add_if(Verdict::kOutputLimitExceeded);
  }
  add_if(Verdict::kCompileError);
  add_if(Verdict::kJudgeError);
  add_if(Verdict::kInternalError);
  return names;
}

std::string VerdictSet::describe() const {
  std::string text;
  for (const std::string& name : names()) text += (text.empty() ? "" : ", ") + name;
  return text.empty() ? "none" : text;
}

std::optional<VerdictSet> format_verdict(const std::string& code) {
  if (code == "AC") return VerdictSet::of({Verdict::kAccepted});
  if (code == "WA") return VerdictSet::of({Verdict::kWrongAnswer});
  if (code == "TLE") return VerdictSet::of({Verdict::kTimeLimitExceeded});
  if (code == "RTE") return kRunTimeError;
  return std::nullopt;
}

JudgedSubmission summarize(const JudgeReport& report) {
  JudgedSubmission judged;
  judged.final_verdict = overall_verdict(report);
  for (const TestOutcome& test : report.tests) {
    if (test.verdict != Verdict::kSkipped) judged.tests.push_back(&test);
  }
  judged.score = report.score;
  judged.max_score = report.max_score;
  judged.compile_message = report.compile.message;
  return judged;
}

Judgement check_expectation(const Expectation& expected, const JudgedSubmission& judged) {
  // A broken validator or judge says nothing about the submission: never a pass.
  for (const TestOutcome* test : judged.tests) {
    if (is_judge_failure(test->verdict)) {
      return {false, describe_test(*test) + (test->verdict == Verdict::kJudgeError
                                                 ? ": the output validator failed"
                                                 : ": the judge failed")};
    }
  }
  if (judged.final_verdict == Verdict::kInternalError) return {false, "the judge failed"};

  if (expected.final_verdict) {
    const Verdict got = judged.final_verdict;
    bool met = expected.final_verdict->contains(got);
    if (!met && expected.no_output_permitted && got == Verdict::kWrongAnswer) {
      // NO-OUTPUT: the first failing test is a WA of an empty output.
      for (const TestOutcome* test : judged.tests) {
        if (test->verdict == Verdict::kAccepted) continue;
        met = test->run.stdout_bytes == 0;
        break;
      }
    }
    if (!met) {
      std::string expectation = expected.final_verdict->describe();
      if (expected.no_output_permitted) {
        expectation = expected.final_verdict->empty() ? "NO-OUTPUT" : expectation + ", NO-OUTPUT";
      }
      std::string why = "got " + short_name(got) + ", expected " + expectation;
      for (const TestOutcome* test : judged.tests) {
        if (test->verdict == got && got != Verdict::kAccepted) {
          why += " (first on test " + test->name + ")";
          break;
        }
      }
      return {false, why};
    }
  } else {
    if (judged.final_verdict == Verdict::kCompileError) {
      std::string why = "did not compile (CE)";
      const std::size_t start = judged.compile_message.find_first_not_of(" \t\r\n");
      if (start != std::string::npos) {
        // The first line says what broke; the JSON report has the test verdicts.
        const std::size_t end = judged.compile_message.find('\n', start);
        why += ": " + judged.compile_message.substr(start, std::min<std::size_t>(end - start, 200));
      }
      return {false, why};
    }
    std::string why = check_rule(expected.rule, judged.tests, "");
    if (!why.empty()) return {false, why};
    for (const GroupRule& group : expected.groups) {
      std::vector<const TestOutcome*> tests;
      for (const TestOutcome* test : judged.tests) {
        if (in_group(test->name, group.group)) tests.push_back(test);
      }
      why = check_rule(group.rule, tests, " in " + group.group);
      if (!why.empty()) return {false, why};
    }
  }

  if (expected.score) {
    std::string why = check_score(*expected.score, judged);
    if (!why.empty()) return {false, why};
  }
  if (!expected.message.empty()) {
    const bool found =
        std::any_of(judged.tests.begin(), judged.tests.end(), [&](const TestOutcome* test) {
          return test->judge_message.find(expected.message) != std::string::npos;
        });
    if (!found) return {false, "no test's judge message contains \"" + expected.message + "\""};
  }
  return {true, ""};
}

}  // namespace judge::verify
