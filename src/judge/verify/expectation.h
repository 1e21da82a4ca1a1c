// What a reference submission is permitted and required to get, and the pure decision whether
// its judged result meets that. Where an expectation comes from (its folder, submissions.yaml,
// an @EXPECTED_RESULTS@ tag) is read elsewhere (expectation_sources.h); this file only decides.
//
// The format's verdicts are AC, WA, TLE and RTE. judge tells MLE and OLE apart, which the
// format counts as run-time errors: "RTE" stands for RE, MLE and OLE here. CE is never permitted
// unless an @EXPECTED_RESULTS@ tag says COMPILER-ERROR; JE (the output validator broke) and IE
// (the judge failed) never meet an expectation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "judge/verdict.h"

namespace judge::verify {

// A set of judge verdicts, as a bit mask.
class VerdictSet {
 public:
  VerdictSet() = default;
  static VerdictSet of(std::initializer_list<Verdict> verdicts);
  // AC, WA, TLE, RTE: the format's default for both permitted and required.
  static VerdictSet any_outcome();

  bool contains(Verdict verdict) const { return (bits_ & bit(verdict)) != 0; }
  bool empty() const { return bits_ == 0; }
  void add(Verdict verdict) { bits_ |= bit(verdict); }
  void add(VerdictSet other) { bits_ |= other.bits_; }
  bool operator==(const VerdictSet& other) const = default;
  // The verdicts as names, in a fixed order: the format's codes where a whole code is present
  // (RE+MLE+OLE = "RTE"), judge's short names otherwise.
  std::vector<std::string> names() const;
  // "AC, WA": the names joined, "none" when empty.
  std::string describe() const;

 private:
  static std::uint32_t bit(Verdict verdict) { return 1u << static_cast<unsigned>(verdict); }
  std::uint32_t bits_ = 0;
};

// The format's verdict codes (AC, WA, TLE, RTE) as judge verdicts; nullopt for any other text.
std::optional<VerdictSet> format_verdict(const std::string& code);

// Permitted / required verdicts of the tests a rule covers: every test's verdict must be
// permitted, and at least one must be required (when `required` is set).
struct VerdictRule {
  VerdictSet permitted = VerdictSet::any_outcome();
  std::optional<VerdictSet> required;  // nullopt: nothing required
};

// A rule scoped to one test data group: the tests named `group` or below `group/`.
struct GroupRule {
  std::string group;  // "sample", "secret", "secret/g1"
  VerdictRule rule;
};

// submissions.yaml use_for_time_limit: whether the submission bounds the time limit. kDefault
// (also `true`): as its verdicts say (lower bound when TLE is not permitted, upper bound when
// TLE is the only required verdict); kNo (`false`): never; kLower / kUpper: that bound.
enum class TimeLimitUse { kDefault, kNo, kLower, kUpper };

struct ScoreRange {
  double low = 0;
  double high = 0;
  // partially_accepted: more than 0 and less than the problem's maximum, both exclusive.
  bool strictly_partial = false;
};

struct Expectation {
  // Where the expectation comes from, for the report: "folder wrong_answer",
  // "submissions.yaml 'accepted/*.py'", "@EXPECTED_RESULTS@ in the source".
  std::vector<std::string> origins;
  VerdictRule rule;
  // @EXPECTED_RESULTS@ (DOMjudge): the submission's final verdict (its first test that is not
  // AC, or CE) must be one of these. Replaces `rule` while set.
  std::optional<VerdictSet> final_verdict;
  // DOMjudge NO-OUTPUT: the final verdict is WA because the submission wrote nothing.
  bool no_output_permitted = false;
  std::vector<GroupRule> groups;
  std::optional<ScoreRange> score;
  std::string message;  // must appear in some test's judge message ("" = no check)
  TimeLimitUse time_limit_use = TimeLimitUse::kDefault;
  bool model_solution = false;
  std::string language;    // submissions.yaml language: a language id ("" = detect)
  std::string entrypoint;  // submissions.yaml entrypoint ("" = by convention)
};

// The part of a judged run an expectation looks at.
struct JudgedSubmission {
  Verdict final_verdict = Verdict::kInternalError;  // CE, or the first test not AC, or AC
  std::vector<const TestOutcome*> tests;            // skipped tests left out
  std::optional<double> score;
  std::optional<double> max_score;
  std::string compile_message;  // the compiler's output, for a CE
};

JudgedSubmission summarize(const JudgeReport& report);

struct Judgement {
  bool met = false;
  std::string why;  // when not met: the first reason, naming the test and its verdict
};

// Does `judged` meet `expected`? Pure.
Judgement check_expectation(const Expectation& expected, const JudgedSubmission& judged);

}  // namespace judge::verify
