#include "judge/verify/input_validators.h"

#include <algorithm>
#include <string>
#include <system_error>

#include "judge/classify_interactive.h"
#include "judge/compile.h"
#include "judge/custom_validator.h"
#include "judge/staging.h"
#include "judge/verify/worker_staging.h"
#include "problem/input_validator_args.h"
#include "util/error.h"

namespace judge::verify {

namespace fs = std::filesystem;

namespace {

constexpr int kInputValid = 42;
constexpr const char* kCategory = "input-validator";

struct InputValidator {
  std::string name;  // file stem or folder name: the key of a per-validator args map
  fs::path path;     // relative to the package, for findings
  const lang::Language* language = nullptr;
  std::string program_files;
};

// One .in to validate: a test case's, or an invalid_input case's.
struct InputCase {
  fs::path input;     // the file to read (links resolved)
  fs::path relative;  // for findings: "data/secret/03.in"
  std::string group;  // the folder below data/, for the arguments
};

fs::path validators_folder(const fs::path& package) {
  for (const char* name : {"input_validators", "input_validator"}) {
    std::error_code error;
    if (fs::is_directory(package / name, error)) return package / name;
  }
  return {};
}

std::vector<fs::path> sorted_entries(const fs::path& folder) {
  std::vector<fs::path> entries;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
    if (!entry.path().filename().string().starts_with('.')) entries.push_back(entry.path());
  }
  std::sort(entries.begin(), entries.end());
  return entries;
}

// The cases of data/invalid_input(s)/, every .in at any depth, sorted.
std::vector<InputCase> invalid_cases(const fs::path& package) {
  std::vector<InputCase> cases;
  for (const char* name : {"invalid_input", "invalid_inputs"}) {
    const fs::path folder = package / "data" / name;
    std::error_code error;
    if (!fs::is_directory(folder, error)) continue;
    for (fs::recursive_directory_iterator it(folder, error), end; it != end; it.increment(error)) {
      if (error) break;
      if (it->path().extension() != ".in") continue;
      const fs::path target = fs::canonical(it->path(), error);
      if (error || !fs::is_regular_file(target, error)) continue;
      const fs::path relative = it->path().lexically_relative(package);
      cases.push_back(
          {target, relative, it->path().parent_path().lexically_relative(package / "data")});
    }
  }
  std::sort(cases.begin(), cases.end(),
            [](const InputCase& a, const InputCase& b) { return a.relative < b.relative; });
  return cases;
}

std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

// The validator's verdict on one input: "" when valid, else why not (its stderr excerpt).
// *broken is set when the validator could not give a verdict (a sandbox failure).
std::string run_validator(const InputValidator& validator, const InputCase& test,
                          const problem::Problem& problem, const sandbox::Limits& limits,
                          sandbox::Sandbox& sandbox, StagingDir& staging, bool* broken) {
  const fs::path input = staging.copy_file_in(test.input, "input-validation/input");
  const std::vector<std::string> arguments =
      problem::input_validator_args(problem.dir, test.group, problem.format, validator.name);
  sandbox::RunSpec spec =
      validator_run_spec(*validator.language, validator.program_files, limits, arguments, {});
  spec.stdin_path = input.string();
  const sandbox::RunResult run = sandbox.run(spec);
  *broken = run.termination == sandbox::Termination::kSetupFailed;
  if (*broken) return "could not run: " + run.setup_error;
  const bool valid = run.termination == sandbox::Termination::kExited &&
                     run.exit_code == kInputValid && !run.cpu_limit_exceeded &&
                     !run.wall_limit_exceeded && !run.memory_limit_exceeded;
  if (valid) return "";
  std::string why = run.termination == sandbox::Termination::kExited
                        ? "exit code " + std::to_string(run.exit_code)
                        : validator_verdict(run, limits, ValidatorProtocol::kKattis).message;
  if (run.cpu_limit_exceeded || run.wall_limit_exceeded) why = "time limit exceeded";
  const std::string excerpt = one_line(validator_stderr_excerpt(run.stderr_text));
  return excerpt.empty() ? why : why + ": " + excerpt;
}

// The package's validators, compiled (or found in the compile cache) and staged in `staging`;
// one that is not a program or does not compile is a finding, and left out.
std::vector<InputValidator> compile_validators(const problem::Problem& problem,
                                               const fs::path& folder,
                                               const lang::Registry& registry,
                                               sandbox::Sandbox& sandbox, StagingDir& staging,
                                               const CompileCache& cache,
                                               std::vector<Finding>& findings) {
  std::vector<InputValidator> validators;
  for (const fs::path& entry : sorted_entries(folder)) {
    const fs::path relative = entry.lexically_relative(problem.dir);
    InputValidator validator;
    validator.name = fs::is_directory(entry) ? entry.filename().string() : entry.stem().string();
    validator.path = relative;
    ProgramSource source;
    if (fs::is_directory(entry)) {
      Program program = find_validator_program(fs::canonical(entry), registry);
      validator.language = program.language;
      source = std::move(program.source);
    } else {
      validator.language = registry.detect(entry);
      source.main_file = fs::canonical(entry);
    }
    if (validator.language == nullptr) {
      findings.push_back({Severity::kError, kCategory, relative.string(),
                          "is not a program in a known language (checktestdata and viva "
                          "validators are not supported; see `judge languages`)"});
      continue;
    }
    const PreparedProgram program = prepare_program(
        *validator.language, source, "input-validator-" + validator.name, sandbox, staging, cache);
    if (!program.ready()) {
      findings.push_back(
          {Severity::kError, kCategory, relative.string(),
           "does not compile: " + one_line(validator_stderr_excerpt(program.compile.message))});
      continue;
    }
    validator.program_files = program.files;
    validators.push_back(std::move(validator));
  }
  return validators;
}

// Every test case's .in. A test's .in may be a link to another file of the package: findings
// name the test's own file.
std::vector<InputCase> valid_cases(const problem::Problem& problem) {
  std::vector<InputCase> cases;
  for (const problem::TestCase& test : problem.tests) {
    cases.push_back({test.input, "data" / fs::path(test.name + ".in"), test.group});
  }
  return cases;
}

// One validator on one valid case: a finding when it rejects it or cannot run.
std::vector<Finding> check_valid_case(const InputValidator& validator, const InputCase& test,
                                      const problem::Problem& problem, const AppliedLimits& applied,
                                      sandbox::Sandbox& sandbox, StagingDir& staging) {
  bool broken = false;
  const std::string why =
      run_validator(validator, test, problem, validator_limits(applied, *validator.language),
                    sandbox, staging, &broken);
  if (broken) {
    return {{Severity::kError, kCategory, test.relative.string(),
             "the input validator " + validator.path.string() + " " + why}};
  }
  if (!why.empty()) {
    return {{Severity::kError, kCategory, test.relative.string(),
             "rejected by the input validator " + validator.path.string() + " (" + why + ")"}};
  }
  return {};
}

// One invalid case: the validators in order until one rejects it; a finding when none does.
std::vector<Finding> check_invalid_case(const std::vector<InputValidator>& validators,
                                        const InputCase& test, const problem::Problem& problem,
                                        const AppliedLimits& applied, sandbox::Sandbox& sandbox,
                                        StagingDir& staging) {
  std::vector<Finding> findings;
  for (const InputValidator& validator : validators) {
    bool broken = false;
    const std::string why =
        run_validator(validator, test, problem, validator_limits(applied, *validator.language),
                      sandbox, staging, &broken);
    if (broken) findings.push_back({Severity::kError, kCategory, validator.path.string(), why});
    if (!why.empty() && !broken) return findings;
  }
  findings.push_back({Severity::kError, kCategory, test.relative.string(),
                      "is an invalid input, but every input validator accepted it"});
  return findings;
}

}  // namespace

std::vector<Finding> check_input_validators(const problem::Problem& problem,
                                            const lang::Registry& registry,
                                            sandbox::Sandbox& sandbox, const CoreRunner& runner,
                                            const CompileCache& cache) {
  std::vector<Finding> findings;
  const std::vector<InputCase> invalid = invalid_cases(problem.dir);
  const fs::path folder = validators_folder(problem.dir);
  if (folder.empty()) {
    // Many archive packages ship no validators; that alone is not a fault of the package, but
    // invalid_input cases without one to reject them are.
    if (!invalid.empty()) {
      findings.push_back({Severity::kError, kCategory, "input_validators",
                          "no input validators, so nothing rejects the cases of data/" +
                              invalid.front().relative.begin()->string()});
    }
    return findings;
  }

  StagingDir staging(sandbox.sandbox_uid(), sandbox.sandbox_gid());
  const std::vector<InputValidator> validators =
      compile_validators(problem, folder, registry, sandbox, staging, cache, findings);
  if (validators.empty()) return findings;

  // One item per (validator, valid case), then one per invalid case, run on the core slots;
  // findings are gathered in item order, so they read the same whatever -j.
  AppliedLimits applied;
  applied.time_limit_ms = problem.limits.time_limit_ms;
  const std::vector<InputCase> valid = valid_cases(problem);
  const std::size_t valid_items = validators.size() * valid.size();
  std::vector<std::vector<Finding>> item_findings(valid_items + invalid.size());
  WorkerStaging worker_staging;
  runner.run(item_findings.size(), [&](std::size_t item, sandbox::Sandbox& worker) {
    StagingDir& own = worker_staging.of(worker);
    item_findings[item] =
        item < valid_items
            ? check_valid_case(validators[item / valid.size()], valid[item % valid.size()], problem,
                               applied, worker, own)
            : check_invalid_case(validators, invalid[item - valid_items], problem, applied, worker,
                                 own);
  });
  for (std::vector<Finding>& more : item_findings) {
    for (Finding& finding : more) findings.push_back(std::move(finding));
  }
  return findings;
}

}  // namespace judge::verify
