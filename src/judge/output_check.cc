#include "judge/output_check.h"

#include <fstream>
#include <utility>

#include "util/error.h"

namespace judge {

namespace fs = std::filesystem;

DefaultOutputChecker::DefaultOutputChecker(const std::vector<const problem::TestCase*>& tests,
                                           const fs::path& problem_dir) {
  for (const problem::TestCase* test : tests) {
    if (options_by_args_.count(test->validator_args) != 0) continue;
    // The flags come from problem.yaml, a group's yaml or the case's own yaml; the case name
    // leads the user to the right one.
    const std::string source =
        problem_dir.string() + " (validator flags of test " + test->name + ")";
    options_by_args_.emplace(test->validator_args,
                             parse_default_validator_flags(test->validator_args, source));
  }
}

CheckResult DefaultOutputChecker::check(const problem::TestCase& test, const fs::path& output) {
  const auto options = options_by_args_.find(test.validator_args);
  if (options == options_by_args_.end()) {
    throw InternalError("validator flags of test " + test.name + " were not parsed up front");
  }
  std::ifstream answer_stream(test.answer, std::ios::binary);
  if (!answer_stream) throw_errno("open", test.answer.string());
  std::ifstream output_stream(output, std::ios::binary);
  if (!output_stream) throw_errno("open", output.string());

  const ValidationResult result = validate_default(answer_stream, output_stream, options->second);
  CheckResult check;
  check.verdict = result.accepted ? Verdict::kAccepted : Verdict::kWrongAnswer;
  check.message = result.message;
  check.judge_message = result.message;
  check.difference = result.difference;
  return check;
}

void take_check_result(TestOutcome& outcome, CheckResult check) {
  outcome.verdict = check.verdict;
  outcome.message = std::move(check.message);
  outcome.judge_message = std::move(check.judge_message);
  outcome.difference = std::move(check.difference);
  outcome.reported_score = check.score;
  outcome.reported_multiplier = check.score_multiplier;
}

}  // namespace judge
