// The pure decision of `judge verify`: does a judged submission meet its expectation, and why
// not. Expectations are built the way the package sources build them (folder rules, tags).
#include <catch2/catch.hpp>
#include <deque>

#include "judge/verify/expectation.h"
#include "judge/verify/expectation_sources.h"

namespace judge::verify {
namespace {

using problem::PackageFormat;

// Tests that live as long as the JudgedSubmission pointing at them.
struct Run {
  std::deque<TestOutcome> outcomes;
  JudgedSubmission judged;

  Run& test(const std::string& name, Verdict verdict, std::int64_t stdout_bytes = 1) {
    TestOutcome& outcome = outcomes.emplace_back();
    outcome.name = name;
    outcome.verdict = verdict;
    outcome.run.stdout_bytes = stdout_bytes;
    if (verdict != Verdict::kSkipped) judged.tests.push_back(&outcome);
    if (judged.final_verdict == Verdict::kAccepted && verdict != Verdict::kAccepted &&
        verdict != Verdict::kSkipped) {
      judged.final_verdict = verdict;
    }
    return *this;
  }
};

Run run_of(std::initializer_list<std::pair<const char*, Verdict>> tests) {
  Run run;
  run.judged.final_verdict = Verdict::kAccepted;
  for (const auto& [name, verdict] : tests) run.test(name, verdict);
  return run;
}

Expectation folder(const std::string& name, PackageFormat format = PackageFormat::k2025_09) {
  const std::optional<Expectation> expectation = folder_expectation(name, format);
  REQUIRE(expectation);
  return *expectation;
}

constexpr Verdict AC = Verdict::kAccepted;
constexpr Verdict WA = Verdict::kWrongAnswer;
constexpr Verdict TLE = Verdict::kTimeLimitExceeded;
constexpr Verdict RE = Verdict::kRuntimeError;
constexpr Verdict MLE = Verdict::kMemoryLimitExceeded;
constexpr Verdict JE = Verdict::kJudgeError;
constexpr Verdict IE = Verdict::kInternalError;

TEST_CASE("accepted: every test must be AC", "[verify]") {
  const Expectation accepted = folder("accepted");
  CHECK(check_expectation(accepted, run_of({{"sample/1", AC}, {"secret/1", AC}}).judged).met);
  const Judgement judgement =
      check_expectation(accepted, run_of({{"sample/1", AC}, {"secret/1", TLE}}).judged);
  CHECK_FALSE(judgement.met);
  CHECK(judgement.why == "test secret/1 got TLE, not permitted (permitted: AC)");
}

TEST_CASE("wrong_answer: AC and WA permitted, one WA required", "[verify]") {
  const Expectation wrong = folder("wrong_answer");
  CHECK(check_expectation(wrong, run_of({{"a", AC}, {"b", WA}, {"c", AC}}).judged).met);
  const Judgement all_ac = check_expectation(wrong, run_of({{"a", AC}, {"b", AC}}).judged);
  CHECK_FALSE(all_ac.met);
  CHECK(all_ac.why == "no test got a required verdict (required: one of WA)");
  const Judgement tle = check_expectation(wrong, run_of({{"a", WA}, {"b", TLE}}).judged);
  CHECK_FALSE(tle.met);
  CHECK(tle.why == "test b got TLE, not permitted (permitted: AC, WA)");
}

TEST_CASE("run_time_error: RTE covers RE, MLE and OLE", "[verify]") {
  const Expectation rte = folder("run_time_error");
  CHECK(check_expectation(rte, run_of({{"a", AC}, {"b", RE}}).judged).met);
  CHECK(check_expectation(rte, run_of({{"a", MLE}}).judged).met);
  CHECK(check_expectation(rte, run_of({{"a", Verdict::kOutputLimitExceeded}}).judged).met);
  CHECK_FALSE(check_expectation(rte, run_of({{"a", WA}}).judged).met);
}

TEST_CASE("time_limit_exceeded, brute_force and rejected follow the format", "[verify]") {
  CHECK(
      check_expectation(folder("time_limit_exceeded"), run_of({{"a", AC}, {"b", TLE}}).judged).met);
  CHECK_FALSE(check_expectation(folder("time_limit_exceeded"), run_of({{"a", WA}}).judged).met);
  CHECK(check_expectation(folder("brute_force"), run_of({{"a", AC}, {"b", TLE}}).judged).met);
  CHECK(check_expectation(folder("brute_force"), run_of({{"a", RE}}).judged).met);
  CHECK_FALSE(check_expectation(folder("brute_force"), run_of({{"a", WA}}).judged).met);
  CHECK_FALSE(check_expectation(folder("brute_force"), run_of({{"a", AC}}).judged).met);
  CHECK(check_expectation(folder("rejected"), run_of({{"a", AC}, {"b", WA}}).judged).met);
  CHECK_FALSE(check_expectation(folder("rejected"), run_of({{"a", AC}}).judged).met);
}

TEST_CASE("unknown folders have no expectation", "[verify]") {
  CHECK_FALSE(folder_expectation("misc", PackageFormat::k2025_09));
  CHECK_FALSE(folder_expectation("", PackageFormat::kLegacy));
}

TEST_CASE("legacy folders expect the final verdict", "[verify]") {
  const Expectation wrong = folder("wrong_answer", PackageFormat::kLegacy);
  CHECK(check_expectation(wrong, run_of({{"a", AC}, {"b", WA}, {"c", TLE}}).judged).met);
  const Judgement first_tle = check_expectation(wrong, run_of({{"a", TLE}, {"b", WA}}).judged);
  CHECK_FALSE(first_tle.met);
  CHECK(first_tle.why == "got TLE, expected WA (first on test a)");
  CHECK(check_expectation(folder("memory_limit_exceeded", PackageFormat::kLegacy),
                          run_of({{"a", MLE}}).judged)
            .met);
}

TEST_CASE("a compile error meets no folder's expectation", "[verify]") {
  Run run;
  run.judged.final_verdict = Verdict::kCompileError;
  for (const char* name : {"accepted", "wrong_answer", "rejected", "brute_force"}) {
    const Judgement judgement = check_expectation(folder(name), run.judged);
    CHECK_FALSE(judgement.met);
    CHECK(judgement.why == "did not compile (CE)");
  }
  run.judged.compile_message = "\n  a.c:1: error: expected ';'\nmore\n";
  CHECK(check_expectation(folder("accepted"), run.judged).why ==
        "did not compile (CE): a.c:1: error: expected ';'");
}

TEST_CASE("JE and IE never meet an expectation", "[verify]") {
  const Judgement je = check_expectation(folder("wrong_answer"), run_of({{"a", JE}}).judged);
  CHECK_FALSE(je.met);
  CHECK(je.why == "test a got JE: the output validator failed");
  Expectation anything;
  anything.rule.permitted = VerdictSet::of({AC, WA, TLE, RE, MLE, JE, IE});
  CHECK_FALSE(check_expectation(anything, run_of({{"a", IE}}).judged).met);
}

TEST_CASE("group rules apply to the tests of the group only", "[verify]") {
  Expectation expectation = folder("time_limit_exceeded");
  expectation.groups.push_back({"secret/g1", VerdictRule{VerdictSet::of({AC}), std::nullopt}});
  CHECK(check_expectation(expectation, run_of({{"secret/g1/1", AC}, {"secret/g10/1", TLE}}).judged)
            .met);
  const Judgement judgement =
      check_expectation(expectation, run_of({{"secret/g1/1", TLE}, {"secret/g2/1", AC}}).judged);
  CHECK_FALSE(judgement.met);
  CHECK(judgement.why == "test secret/g1/1 got TLE, not permitted in secret/g1 (permitted: AC)");

  expectation.groups.back().rule.required = VerdictSet::of({WA});
  const Judgement required =
      check_expectation(expectation, run_of({{"secret/g1/1", AC}, {"secret/g2/1", TLE}}).judged);
  CHECK(required.why == "no test in secret/g1 got a required verdict (required: one of WA)");
}

TEST_CASE("score ranges and partially accepted", "[verify]") {
  Run run = run_of({{"a", AC}, {"b", WA}});
  run.judged.score = 40;
  run.judged.max_score = 100;
  Expectation expectation;
  expectation.score = ScoreRange{40, 40, false};
  CHECK(check_expectation(expectation, run.judged).met);
  expectation.score = ScoreRange{50, 100, false};
  const Judgement low = check_expectation(expectation, run.judged);
  CHECK_FALSE(low.met);
  CHECK(low.why == "score 40, expected 50 to 100");

  const Expectation partial = folder("partially_accepted");
  CHECK(check_expectation(partial, run.judged).met);
  run.judged.score = 100;
  CHECK(check_expectation(partial, run.judged).why ==
        "score 100, expected more than 0 and less than 100");
  run.judged.score = 0;
  CHECK_FALSE(check_expectation(partial, run.judged).met);
  run.judged.score = 30;
  run.judged.max_score.reset();  // a legacy grader: the maximum is not known
  CHECK(check_expectation(partial, run.judged).met);
  run.judged.score = 0;
  CHECK(check_expectation(partial, run.judged).why == "score 0, expected more than 0");
  run.judged.score.reset();
  CHECK(check_expectation(partial, run.judged).why == "no score: the problem is not scored");
}

TEST_CASE("message must appear in a judge message", "[verify]") {
  Run run = run_of({{"a", WA}});
  run.outcomes[0].judge_message = "expected 3 numbers, got 2";
  Expectation expectation = folder("wrong_answer");
  expectation.message = "got 2";
  CHECK(check_expectation(expectation, run.judged).met);
  expectation.message = "too large";
  CHECK(check_expectation(expectation, run.judged).why ==
        "no test's judge message contains \"too large\"");
}

TEST_CASE("@EXPECTED_RESULTS@ tags in DOMjudge spellings", "[verify]") {
  Expectation expectation = folder("accepted");
  REQUIRE(apply_expected_results_tag("// @EXPECTED_RESULTS@: TIMELIMIT, wrong-answer\nint x;",
                                     "a.c", expectation));
  REQUIRE(expectation.final_verdict);
  CHECK(expectation.final_verdict->describe() == "WA, TLE");
  CHECK(check_expectation(expectation, run_of({{"a", AC}, {"b", TLE}}).judged).met);
  CHECK(check_expectation(expectation, run_of({{"a", WA}, {"b", TLE}}).judged).met);
  const Judgement re = check_expectation(expectation, run_of({{"a", RE}}).judged);
  CHECK(re.why == "got RE, expected WA, TLE (first on test a)");

  Expectation correct;
  REQUIRE(apply_expected_results_tag("/* @EXPECTED_RESULTS@: CORRECT */", "a.c", correct));
  CHECK(correct.final_verdict->describe() == "AC");

  Expectation compile;
  REQUIRE(apply_expected_results_tag("# @EXPECTED_RESULTS@: COMPILER-ERROR", "a.py", compile));
  Run ce;
  ce.judged.final_verdict = Verdict::kCompileError;
  CHECK(check_expectation(compile, ce.judged).met);

  Expectation run_error;
  REQUIRE(apply_expected_results_tag("@EXPECTED_RESULTS@: RUN-ERROR,OUTPUT-LIMIT", "x", run_error));
  CHECK(run_error.final_verdict->describe() == "RTE");

  Expectation none;
  CHECK_FALSE(apply_expected_results_tag("int main() {}", "a.c", none));
  CHECK(none.origins.empty());
}

TEST_CASE("NO-OUTPUT is a WA of an empty output", "[verify]") {
  Expectation expectation;
  REQUIRE(apply_expected_results_tag("@EXPECTED_RESULTS@: NO-OUTPUT", "a.c", expectation));
  Run silent;
  silent.judged.final_verdict = AC;
  silent.test("a", AC).test("b", WA, 0);
  CHECK(check_expectation(expectation, silent.judged).met);
  Run wrong;
  wrong.judged.final_verdict = AC;
  wrong.test("a", WA, 5);
  CHECK(check_expectation(expectation, wrong.judged).why ==
        "got WA, expected NO-OUTPUT (first on test a)");
}

TEST_CASE("bad @EXPECTED_RESULTS@ tags are refused by name", "[verify]") {
  Expectation expectation;
  CHECK_THROWS_WITH(
      apply_expected_results_tag("@EXPECTED_RESULTS@: ACCEPTED", "sub/a.c", expectation),
      Catch::Contains("unknown result 'ACCEPTED'"));
  CHECK_THROWS_WITH(apply_expected_results_tag("@EXPECTED_RESULTS@:\n", "sub/a.c", expectation),
                    Catch::Contains("lists no result"));
}

TEST_CASE("verdict sets name the format's codes", "[verify]") {
  CHECK(VerdictSet::any_outcome().describe() == "AC, WA, TLE, RTE");
  CHECK(VerdictSet::of({RE}).describe() == "RE");
  CHECK(VerdictSet().describe() == "none");
  CHECK(format_verdict("RTE") == VerdictSet::of({RE, MLE, Verdict::kOutputLimitExceeded}));
  CHECK_FALSE(format_verdict("MLE"));
  CHECK_FALSE(format_verdict("ac"));
}

}  // namespace
}  // namespace judge::verify
