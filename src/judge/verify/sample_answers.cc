#include "judge/verify/sample_answers.h"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "judge/builtin_checkers.h"
#include "judge/compile.h"
#include "judge/custom_validator.h"
#include "judge/output_check.h"
#include "judge/staging.h"
#include "judge/verify/worker_staging.h"
#include "util/text.h"

namespace judge::verify {

namespace fs = std::filesystem;

namespace {

// The output validator's program when it is a custom one: compiled (or found in the compile
// cache) once, before the checks; `language` is nullptr for a built-in or the default one.
struct CompiledValidator {
  const lang::Language* language = nullptr;
  std::string files;
};

// The custom output validator compiled, or nullopt with a finding when it does not compile.
std::optional<CompiledValidator> compile_validator(const problem::Problem& problem,
                                                   const lang::Registry& registry,
                                                   sandbox::Sandbox& sandbox, StagingDir& staging,
                                                   const CompileCache& cache,
                                                   std::vector<Finding>& findings) {
  const problem::ValidatorSpec& spec = problem.validator;
  if (spec.protocol == problem::CheckerProtocol::kBuiltin ||
      spec.kind != problem::ValidatorSpec::Kind::kCustom) {
    return CompiledValidator{};
  }
  const Program validator = find_validator_program(spec, registry);
  const PreparedProgram program =
      prepare_program(*validator.language, validator.source, "validator", sandbox, staging, cache);
  if (!program.ready()) {
    findings.push_back({Severity::kError, "sample-answer",
                        fs::relative(spec.custom_path, problem.dir).string(),
                        "the output validator does not compile: " +
                            std::string(first_nonblank_line(program.compile.message))});
    return std::nullopt;
  }
  return CompiledValidator{validator.language, program.files};
}

// The output validator as judging uses it, running in `sandbox`.
std::unique_ptr<OutputChecker> make_output_checker(
    const problem::Problem& problem, const std::vector<const problem::TestCase*>& samples,
    const CompiledValidator& compiled, sandbox::Sandbox& sandbox, StagingDir& staging) {
  const problem::ValidatorSpec& spec = problem.validator;
  if (spec.protocol == problem::CheckerProtocol::kBuiltin) {
    return std::make_unique<BuiltinOutputChecker>(spec.builtin_name);
  }
  if (compiled.language == nullptr)
    return std::make_unique<DefaultOutputChecker>(samples, problem.dir);
  AppliedLimits applied;
  applied.time_limit_ms = problem.limits.time_limit_ms;
  return std::make_unique<CustomValidator>(*compiled.language, compiled.files,
                                           validator_limits(applied, *compiled.language), sandbox,
                                           staging, spec.protocol);
}

// One sample's answer given to the validator as output: a finding when it is not accepted.
std::vector<Finding> check_sample(const problem::TestCase& test, OutputChecker& checker,
                                  StagingDir& staging) {
  // The answer goes through the same path as a submission's output: a staged copy.
  const fs::path output = staging.copy_file_in(test.answer, "sample-answer/output");
  const CheckResult result = checker.check(test, output);
  if (result.verdict == Verdict::kAccepted) return {};
  const std::string why = result.message.empty() ? short_name(result.verdict) : result.message;
  return {{Severity::kError, "sample-answer", "data/" + test.name + ".ans",
           "the output validator does not accept the sample's answer as output (" +
               short_name(result.verdict) + ": " + why + ")"}};
}

}  // namespace

std::vector<Finding> check_sample_answers(const problem::Problem& problem,
                                          const lang::Registry& registry, sandbox::Sandbox& sandbox,
                                          const CoreRunner& runner, const CompileCache& cache) {
  std::vector<Finding> findings;
  if (problem.validator.interactive || problem.validator.multi_pass) return findings;
  std::vector<const problem::TestCase*> samples;
  for (const problem::TestCase& test : problem.tests) {
    if (test.is_sample && !test.answer.empty()) samples.push_back(&test);
  }
  if (samples.empty()) return findings;

  StagingDir staging(sandbox.sandbox_uid(), sandbox.sandbox_gid());
  const std::optional<CompiledValidator> compiled =
      compile_validator(problem, registry, sandbox, staging, cache, findings);
  if (!compiled) return findings;
  // A checker per worker (it runs in that worker's sandbox); findings in sample order.
  WorkerStaging worker_staging;
  std::mutex checkers_mutex;
  std::map<const sandbox::Sandbox*, std::unique_ptr<OutputChecker>> checkers;
  std::vector<std::vector<Finding>> sample_findings(samples.size());
  runner.run(samples.size(), [&](std::size_t i, sandbox::Sandbox& worker) {
    StagingDir& own = worker_staging.of(worker);
    OutputChecker* checker = nullptr;
    {
      const std::lock_guard<std::mutex> lock(checkers_mutex);
      std::unique_ptr<OutputChecker>& slot = checkers[&worker];
      if (!slot) slot = make_output_checker(problem, samples, *compiled, worker, own);
      checker = slot.get();
    }
    sample_findings[i] = check_sample(*samples[i], *checker, own);
  });
  for (std::vector<Finding>& more : sample_findings) {
    for (Finding& finding : more) findings.push_back(std::move(finding));
  }
  return findings;
}

}  // namespace judge::verify
