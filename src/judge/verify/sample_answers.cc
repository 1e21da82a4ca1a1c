#include "judge/verify/sample_answers.h"

#include <memory>
#include <string>

#include "judge/builtin_checkers.h"
#include "judge/compile.h"
#include "judge/custom_validator.h"
#include "judge/output_check.h"
#include "judge/staging.h"
#include "util/text.h"

namespace judge::verify {

namespace fs = std::filesystem;

namespace {

// The output validator as judging uses it, or nullptr with a finding when it does not compile.
std::unique_ptr<OutputChecker> make_output_checker(
    const problem::Problem& problem, const std::vector<const problem::TestCase*>& samples,
    const lang::Registry& registry, sandbox::Sandbox& sandbox, StagingDir& staging,
    const CompileCache& cache, std::vector<Finding>& findings) {
  const problem::ValidatorSpec& spec = problem.validator;
  if (spec.protocol == problem::CheckerProtocol::kBuiltin) {
    return std::make_unique<BuiltinOutputChecker>(spec.builtin_name);
  }
  if (spec.kind != problem::ValidatorSpec::Kind::kCustom) {
    return std::make_unique<DefaultOutputChecker>(samples, problem.dir);
  }
  const Program validator = find_validator_program(spec, registry);
  const PreparedProgram program =
      prepare_program(*validator.language, validator.source, "validator", sandbox, staging, cache);
  if (!program.ready()) {
    findings.push_back({Severity::kError, "sample-answer",
                        fs::relative(spec.custom_path, problem.dir).string(),
                        "the output validator does not compile: " +
                            std::string(first_nonblank_line(program.compile.message))});
    return nullptr;
  }
  AppliedLimits applied;
  applied.time_limit_ms = problem.limits.time_limit_ms;
  return std::make_unique<CustomValidator>(*validator.language, program.files,
                                           validator_limits(applied, *validator.language), sandbox,
                                           staging, spec.protocol);
}

}  // namespace

std::vector<Finding> check_sample_answers(const problem::Problem& problem,
                                          const lang::Registry& registry, sandbox::Sandbox& sandbox,
                                          const CompileCache& cache) {
  std::vector<Finding> findings;
  if (problem.validator.interactive || problem.validator.multi_pass) return findings;
  std::vector<const problem::TestCase*> samples;
  for (const problem::TestCase& test : problem.tests) {
    if (test.is_sample && !test.answer.empty()) samples.push_back(&test);
  }
  if (samples.empty()) return findings;

  StagingDir staging(sandbox.sandbox_uid(), sandbox.sandbox_gid());
  const std::unique_ptr<OutputChecker> checker =
      make_output_checker(problem, samples, registry, sandbox, staging, cache, findings);
  if (!checker) return findings;
  for (const problem::TestCase* test : samples) {
    // The answer goes through the same path as a submission's output: a staged copy.
    const fs::path output = staging.copy_file_in(test->answer, "sample-answer/output");
    const CheckResult result = checker->check(*test, output);
    if (result.verdict == Verdict::kAccepted) continue;
    std::string why = result.message.empty() ? short_name(result.verdict) : result.message;
    findings.push_back({Severity::kError, "sample-answer", "data/" + test->name + ".ans",
                        "the output validator does not accept the sample's answer as output (" +
                            short_name(result.verdict) + ": " + why + ")"});
  }
  return findings;
}

}  // namespace judge::verify
