// Checking a program's output once it ran cleanly: the interface the test runner uses, and the
// default validator behind it. The custom validator is in custom_validator.h.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "judge/default_validator.h"
#include "judge/verdict.h"
#include "problem/problem.h"

namespace judge {

struct CheckResult {
  Verdict verdict = Verdict::kJudgeError;  // kAccepted, kWrongAnswer or kJudgeError
  std::string message;                     // one line for the report
  std::string judge_message;               // what the validator said, trimmed
  std::optional<Difference> difference;    // the default validator's first difference
  std::optional<double> score;             // score.txt, or a testlib checker's points
  std::optional<double> score_multiplier;  // score_multiplier.txt
};

// Puts what the check found (verdict, messages, reported score) into the test's outcome.
void take_check_result(TestOutcome& outcome, CheckResult check);

class OutputChecker {
 public:
  virtual ~OutputChecker() = default;
  virtual CheckResult check(const problem::TestCase& test, const std::filesystem::path& output) = 0;
};

// The default validator, in-process, with each test's validator_args as flags.
class DefaultOutputChecker final : public OutputChecker {
 public:
  // Parses the flags of every test that will run now, so that a bad flag is a ConfigError
  // before anything is compiled or run.
  DefaultOutputChecker(const std::vector<const problem::TestCase*>& tests,
                       const std::filesystem::path& problem_dir);
  CheckResult check(const problem::TestCase& test, const std::filesystem::path& output) override;

 private:
  std::map<std::vector<std::string>, DefaultValidatorOptions> options_by_args_;
};

}  // namespace judge
