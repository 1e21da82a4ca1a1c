#include "judge/verify/input_validators.h"

#include <algorithm>
#include <string>
#include <system_error>

#include "judge/classify_interactive.h"
#include "judge/compile.h"
#include "judge/custom_validator.h"
#include "judge/staging.h"
#include "problem/input_validator_args.h"
#include "util/error.h"

namespace judge::verify {

namespace fs = std::filesystem;

namespace {

constexpr int kInputValid = 42;

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

}  // namespace

std::vector<Finding> check_input_validators(const problem::Problem& problem,
                                            const lang::Registry& registry,
                                            sandbox::Sandbox& sandbox, const CompileCache& cache) {
  std::vector<Finding> findings;
  const auto add = [&](Severity severity, const fs::path& file, std::string message) {
    findings.push_back({severity, "input-validator", file.string(), std::move(message)});
  };
  const std::vector<InputCase> invalid = invalid_cases(problem.dir);
  const fs::path folder = validators_folder(problem.dir);
  if (folder.empty()) {
    // Many archive packages ship no validators; that alone is not a fault of the package, but
    // invalid_input cases without one to reject them are.
    if (!invalid.empty()) {
      add(Severity::kError, "input_validators",
          "no input validators, so nothing rejects the cases of data/" +
              invalid.front().relative.begin()->string());
    }
    return findings;
  }

  StagingDir staging(sandbox.sandbox_uid(), sandbox.sandbox_gid());
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
      add(Severity::kError, relative,
          "is not a program in a known language (checktestdata and viva validators are not "
          "supported; see `judge languages`)");
      continue;
    }
    const PreparedProgram program = prepare_program(
        *validator.language, source, "input-validator-" + validator.name, sandbox, staging, cache);
    if (!program.ready()) {
      add(Severity::kError, relative,
          "does not compile: " + one_line(validator_stderr_excerpt(program.compile.message)));
      continue;
    }
    validator.program_files = program.files;
    validators.push_back(std::move(validator));
  }
  if (validators.empty()) return findings;

  AppliedLimits applied;
  applied.time_limit_ms = problem.limits.time_limit_ms;
  std::vector<InputCase> valid_cases;
  for (const problem::TestCase& test : problem.tests) {
    valid_cases.push_back({test.input, fs::relative(test.input, problem.dir), test.group});
  }
  // A test's .in may be a link to another file of the package: name the test's own file.
  for (std::size_t i = 0; i < valid_cases.size(); ++i) {
    valid_cases[i].relative = "data" / fs::path(problem.tests[i].name + ".in");
  }

  for (const InputValidator& validator : validators) {
    const sandbox::Limits limits = validator_limits(applied, *validator.language);
    for (const InputCase& test : valid_cases) {
      bool broken = false;
      const std::string why =
          run_validator(validator, test, problem, limits, sandbox, staging, &broken);
      if (broken) {
        add(Severity::kError, test.relative,
            "the input validator " + validator.path.string() + " " + why);
      } else if (!why.empty()) {
        add(Severity::kError, test.relative,
            "rejected by the input validator " + validator.path.string() + " (" + why + ")");
      }
    }
  }
  for (const InputCase& test : invalid) {
    bool rejected = false;
    for (const InputValidator& validator : validators) {
      bool broken = false;
      const std::string why =
          run_validator(validator, test, problem, validator_limits(applied, *validator.language),
                        sandbox, staging, &broken);
      if (broken) add(Severity::kError, validator.path, why);
      if (!why.empty() && !broken) {
        rejected = true;
        break;
      }
    }
    if (!rejected) {
      add(Severity::kError, test.relative,
          "is an invalid input, but every input validator accepted it");
    }
  }
  return findings;
}

}  // namespace judge::verify
