#include "judge/session.h"

#include <algorithm>

#include <fnmatch.h>

#include <cmath>
#include <map>
#include <memory>

#include "judge/builtin_checkers.h"
#include "judge/compile.h"
#include "judge/custom_validator.h"
#include "judge/included_files.h"
#include "judge/interactive_test.h"
#include "judge/named_files.h"
#include "judge/output_check.h"
#include "judge/package_rules.h"
#include "judge/parallel/parallel_tests.h"
#include "judge/run_test.h"
#include "judge/session_scoring.h"
#include "judge/solution_dir.h"
#include "judge/staging.h"
#include "judge/submit_answer.h"
#include "judge/verbose_plan.h"
#include "lang/entry_point.h"
#include "problem/unimplemented.h"
#include "sandbox/run_plan.h"
#include "util/interrupt.h"

namespace judge {

namespace fs = std::filesystem;
using problem::TestCase;

namespace {

// Interactive and multi-pass problems are judged by their validator run per pass
// (interactive_test.h); testlib validators only as interactors.
bool judged_in_passes(const problem::Problem& problem) {
  return problem.validator.interactive || problem.validator.multi_pass;
}

void require_toolchain(const lang::Language& language) {
  if (language.version_command.empty()) return;  // nothing to ask; the compile will tell
  if (!lang::toolchain_version(language)) {
    throw ConfigError(
        language.file.string(), "",
        language.name + " is not installed: apt-get install " + language.debian_package);
  }
}

std::string known_extensions(const lang::Registry& registry) {
  std::string out;
  for (const lang::Language& language : registry.all()) {
    for (const std::string& extension : language.extensions) {
      out += (out.empty() ? "" : ", ") + extension;
    }
  }
  return out;
}

std::string known_ids(const lang::Registry& registry) {
  std::string out;
  for (const lang::Language& language : registry.all()) {
    out += (out.empty() ? "" : ", ") + language.id;
  }
  return out;
}

// Compiles the custom validator before anything of the solution runs: a validator that does not
// compile is a problem of the package, not a verdict.
PreparedProgram compile_validator(const Program& validator, const std::string& name,
                                  sandbox::Sandbox& sandbox, StagingDir& staging,
                                  const CompileCache& cache) {
  const lang::Language& language = *validator.language;
  PreparedProgram program =
      prepare_program(language, validator.source, name, sandbox, staging, cache);
  const fs::path& path = validator.source.main_file;
  if (program.compile.status == CompileOutcome::Status::kFailed) {
    throw ConfigError(path.string(), "",
                      "the output validator does not compile:\n" + program.compile.message);
  }
  if (program.compile.status == CompileOutcome::Status::kInternalError) {
    throw InternalError("compiling the output validator " + path.string() + ": " +
                        program.compile.message);
  }
  return program;
}

PreparedProgram compile_validator(const JudgeInputs& inputs, sandbox::Sandbox& sandbox,
                                  StagingDir& staging, const CompileCache& cache) {
  return compile_validator(*inputs.validator, "validator", sandbox, staging, cache);
}

// The custom validator, compiled, or the default one: a maker of checkers, one per sandbox that
// runs tests (-j N has one per core).
parallel::CheckerFactory make_checker(const JudgeInputs& inputs,
                                      const std::vector<const TestCase*>& selected,
                                      const AppliedLimits& limits, sandbox::Sandbox& sandbox,
                                      StagingDir& staging, const CompileCache& cache) {
  if (inputs.problem.validator.protocol == problem::CheckerProtocol::kBuiltin) {
    return [name = inputs.problem.validator.builtin_name](sandbox::Sandbox&, StagingDir&) {
      return std::make_unique<BuiltinOutputChecker>(name);
    };
  }
  if (!inputs.validator) {
    DefaultOutputChecker{selected, inputs.problem.dir};  // a bad flag is an error now
    return [selected, dir = inputs.problem.dir](sandbox::Sandbox&, StagingDir&) {
      return std::make_unique<DefaultOutputChecker>(selected, dir);
    };
  }
  const lang::Language& language = *inputs.validator->language;
  PreparedProgram program = compile_validator(inputs, sandbox, staging, cache);
  const sandbox::Limits run_limits = validator_limits(limits, language, &inputs.problem.limits);
  return [&language, files = std::move(program.files), run_limits,
          protocol = inputs.problem.validator.protocol](sandbox::Sandbox& runs_in,
                                                        StagingDir& writes_in) {
    return std::make_unique<CustomValidator>(language, files, run_limits, runs_in, writes_in,
                                             protocol);
  };
}

// A Polygon interactive package's checker of the interactor's tout, compiled; empty without one.
ToutCheckerFactory make_tout_checker(const JudgeInputs& inputs, const AppliedLimits& limits,
                                     sandbox::Sandbox& sandbox, StagingDir& staging,
                                     const CompileCache& cache) {
  const auto& spec = inputs.problem.validator.tout_checker;
  if (!spec) return {};
  if (!spec->builtin_name.empty()) {
    return [name = spec->builtin_name](sandbox::Sandbox&, StagingDir&) {
      return std::make_unique<BuiltinOutputChecker>(name);
    };
  }
  const lang::Language& language = *inputs.tout_checker->language;
  PreparedProgram program =
      compile_validator(*inputs.tout_checker, "checker", sandbox, staging, cache);
  const sandbox::Limits run_limits = validator_limits(limits, language, &inputs.problem.limits);
  return [&language, files = std::move(program.files), run_limits](sandbox::Sandbox& runs_in,
                                                                   StagingDir& writes_in) {
    return std::make_unique<CustomValidator>(language, files, run_limits, runs_in, writes_in,
                                             problem::CheckerProtocol::kTestlib);
  };
}

// The validator of an interactive or multi-pass problem, compiled.
ValidatorSetup make_validator_setup(const JudgeInputs& inputs, const AppliedLimits& limits,
                                    sandbox::Sandbox& sandbox, StagingDir& staging,
                                    const CompileCache& cache) {
  const problem::Problem& problem = inputs.problem;
  if (!inputs.validator) {
    throw ConfigError((problem.dir / "problem.yaml").string(), "type",
                      "interactive and multi-pass problems need an output validator");
  }
  ValidatorSetup setup;
  setup.language = inputs.validator->language;
  setup.program_files = compile_validator(inputs, sandbox, staging, cache).files;
  setup.limits = validator_limits(limits, *setup.language, &problem.limits);
  if (problem.validator.interactive) {
    // The validator waits for the submission: that wait must not count against its own limit.
    setup.limits.wall_time_ms += limits.wall_time_limit_ms;
  }
  setup.protocol =
      problem.validator.testlib ? ValidatorProtocol::kTestlib : ValidatorProtocol::kKattis;
  setup.tout_checker = make_tout_checker(inputs, limits, sandbox, staging, cache);
  setup.interactive = problem.validator.interactive;
  setup.multi_pass = problem.validator.multi_pass;
  setup.max_passes = problem.limits.validation_passes;
  return setup;
}

TestOutcome skipped(const TestCase& test, const std::string& why, bool scoring) {
  TestOutcome outcome;
  outcome.name = test.name;
  outcome.group = test.group;
  outcome.verdict = Verdict::kSkipped;
  outcome.message = why;
  if (scoring) outcome.score = 0.0;
  return outcome;
}

JudgeReport report_header(const JudgeInputs& inputs, const SessionOptions& options,
                          const sandbox::Sandbox& sandbox) {
  const problem::Problem& problem = inputs.problem;
  JudgeReport report;
  report.problem_name = problem.name;
  report.problem_dir = problem.dir.string();
  report.problem_format = problem::to_string(problem.format);
  report.solution = options.solution.string();
  report.language_id = inputs.solution.language->id;
  report.language_name = inputs.solution.language->name;
  // Cached: require_toolchain() already asked. "" for a language without a version command.
  report.language_version = lang::toolchain_version(*inputs.solution.language).value_or("");
  report.limits = apply_limits(problem.limits, *inputs.solution.language, options);
  report.sandbox_backend = sandbox.backend();
  report.sandbox_isolation = sandbox.isolation();
  return report;
}

// The number, names and (scoring) total points of the tests this run judges.
void describe_selection(const std::vector<const TestCase*>& selected, bool scoring,
                        JudgeReport& report) {
  report.tests_total = static_cast<int>(selected.size());
  for (const TestCase* test : selected) report.test_names.push_back(test->name);
  if (scoring) {
    double max_score = 0;
    for (const TestCase* test : selected) max_score += test->points.value_or(0.0);
    report.max_score = max_score;
  }
}

// How outputs are checked: by an output checker (one per parallel worker, from checker_for), or,
// for interactive and multi-pass problems, by the validator run with each pass.
struct OutputChecking {
  parallel::CheckerFactory checker_for;
  std::unique_ptr<OutputChecker> checker;  // the sequential run's checker
  std::optional<ValidatorSetup> passes;
};

OutputChecking make_output_checking(const JudgeInputs& inputs,
                                    const std::vector<const TestCase*>& selected,
                                    const AppliedLimits& limits, sandbox::Sandbox& sandbox,
                                    StagingDir& staging, const CompileCache& cache) {
  OutputChecking checking;
  if (judged_in_passes(inputs.problem)) {
    checking.passes = make_validator_setup(inputs, limits, sandbox, staging, cache);
    checking.checker_for = [](sandbox::Sandbox&, StagingDir&) { return nullptr; };
  } else {
    checking.checker_for = make_checker(inputs, selected, limits, sandbox, staging, cache);
    checking.checker = checking.checker_for(sandbox, staging);
  }
  return checking;
}

// Everything a run of the compiled solution needs, the same for every test.
SolutionRunSetup solution_run_setup(const JudgeInputs& inputs, const SessionOptions& options,
                                    const AppliedLimits& limits, PreparedProgram& program,
                                    const std::vector<const TestCase*>& selected,
                                    StagingDir& staging) {
  SolutionRunSetup setup;
  setup.language = inputs.solution.language;
  setup.program_files = std::move(program.files);
  setup.limits = limits;
  setup.memory_extra_bytes = inputs.solution.language->memory_extra_bytes;
  setup.verbose = options.verbose;
  setup.scoring = inputs.problem.type == problem::ProblemType::kScoring;
  setup.test_files = stage_test_files(selected, staging);
  setup.input_file = inputs.problem.input_file;
  setup.output_file = inputs.problem.output_file;
  return setup;
}

// The same judging as judge_one, on options.jobs cores; outcomes arrive in test order
// (judge/parallel/). Returns how many tests were judged: fewer after a --stop-on-first failure.
std::size_t judge_in_parallel(const std::vector<const TestCase*>& selected,
                              const SessionOptions& options, const OutputChecking& checking,
                              const SolutionRunSetup& setup, const problem::Problem& problem,
                              JudgeReport& report, JudgeListener& listener) {
  const std::optional<ValidatorSetup>& passes = checking.passes;
  const auto run_one = [&](const TestCase& test, sandbox::Sandbox& runs_in, StagingDir& writes_in,
                           OutputChecker* checks) {
    throw_if_interrupted();
    return passes ? run_validated_test(test, setup, *passes, runs_in, writes_in)
                  : run_test(test, setup, runs_in, writes_in, *checks);
  };
  std::size_t judged = 0;
  parallel::judge_tests_in_parallel(
      selected, options.jobs, options.sandbox, checking.checker_for, run_one,
      [&](std::size_t index, TestOutcome&& outcome) {
        report.tests.push_back(std::move(outcome));
        if (setup.scoring) apply_test_score(problem, *selected[index], report.tests.back());
        listener.on_test(report, report.tests.back());
        judged = index + 1;
        return !(options.stop_on_first && report.tests.back().verdict != Verdict::kAccepted);
      });
  return judged;
}

// The solution's language adapted to its entry point (file names, main class) and to the
// problem's compile limits; inputs.adjusted_language owns the copy.
void adapt_solution_language(JudgeInputs& inputs) {
  Program& solution = inputs.solution;
  std::shared_ptr<const lang::Language> adapted = lang::adapt_to_entry(
      *solution.language, solution.source.main_file, solution.source.extra_files);
  if (adapted) solution.language = adapted.get();
  if (auto limited = with_problem_compile_limits(inputs.problem, *solution.language)) {
    adapted = std::move(limited);
    solution.language = adapted.get();
  }
  inputs.adjusted_language = std::move(adapted);
}

}  // namespace

const lang::Language& pick_language(const fs::path& solution, const std::string& language_id,
                                    const lang::Registry& registry,
                                    std::vector<std::string>* notes) {
  if (!language_id.empty()) {
    const lang::Language* language = registry.find(language_id);
    if (language == nullptr) {
      throw ConfigError("", "--lang",
                        "unknown language '" + language_id + "'; known: " + known_ids(registry));
    }
    return *language;
  }
  std::string why;
  const lang::Language* language = registry.detect(solution, &why);
  if (!why.empty() && notes != nullptr) notes->push_back(solution.filename().string() + ": " + why);
  if (language == nullptr) {
    throw ConfigError(solution.string(), "",
                      "cannot tell the language from the file name or its #! line; known "
                      "extensions: " +
                          known_extensions(registry) + " (or name one with --lang)");
  }
  return *language;
}

AppliedLimits apply_limits(const problem::ProblemLimits& problem, const lang::Language& language,
                           const SessionOptions& options) {
  AppliedLimits limits;
  const std::int64_t base_time = options.time_limit_ms.value_or(problem.time_limit_ms);
  limits.time_limit_ms =
      static_cast<std::int64_t>(std::ceil(static_cast<double>(base_time) * language.time_factor));
  std::int64_t wall = options.wall_time_limit_ms.value_or(problem.wall_time_limit_ms);
  if (wall <= 0) wall = sandbox::default_wall_time_ms(limits.time_limit_ms);
  // A wall limit below the CPU limit would report every slow run as a wall-time TLE.
  limits.wall_time_limit_ms = std::max(wall, limits.time_limit_ms);
  limits.memory_bytes = options.memory_bytes.value_or(problem.memory_bytes);
  limits.output_bytes = options.output_bytes.value_or(problem.output_bytes);
  return limits;
}

std::vector<const TestCase*> select_tests(const std::vector<TestCase>& tests,
                                          const std::string& glob) {
  std::vector<const TestCase*> selected;
  for (const TestCase& test : tests) {
    if (glob.empty() || ::fnmatch(glob.c_str(), test.name.c_str(), 0) == 0) {
      selected.push_back(&test);
    }
  }
  if (selected.empty()) {
    std::string examples;
    for (std::size_t i = 0; i < tests.size() && i < 3; ++i) {
      examples += (i == 0 ? "" : ", ") + tests[i].name;
    }
    throw ConfigError("", "--tests",
                      "no test matches '" + glob + "'; the tests are named like " + examples);
  }
  return selected;
}

Verdict overall_verdict(const JudgeReport& report) {
  if (report.compile.status == CompileOutcome::Status::kFailed) return Verdict::kCompileError;
  if (report.compile.status == CompileOutcome::Status::kInternalError) {
    return Verdict::kInternalError;
  }
  for (const TestOutcome& test : report.tests) {
    if (test.verdict != Verdict::kAccepted && test.verdict != Verdict::kSkipped) {
      return test.verdict;
    }
  }
  return Verdict::kAccepted;
}

ExitCode exit_code_for(const JudgeReport& report) {
  if (report.overall == Verdict::kAccepted) return ExitCode::kAllAccepted;
  if (report.overall == Verdict::kInternalError) return ExitCode::kInternal;
  return ExitCode::kNotAccepted;
}

Program multi_file_program(const fs::path& dir, const fs::path& entry,
                           const std::string& language_id, const lang::Registry& registry,
                           std::vector<std::string>* notes) {
  check_solution_dir(dir);
  std::vector<fs::path> files;
  for (const fs::directory_entry& item : fs::directory_iterator(dir)) {
    const std::string name = item.path().filename().string();
    if (item.is_regular_file() && !name.starts_with(".")) files.push_back(item.path());
  }
  std::sort(files.begin(), files.end());
  // Each file's language by detection; files of no language (notes, inputs, headers) ride along
  // in the work dir without taking part in the choice.
  std::map<fs::path, const lang::Language*> detected;
  for (const fs::path& file : files) {
    std::string why;
    if (const lang::Language* language = registry.detect(file, &why)) detected[file] = language;
    if (!why.empty() && notes != nullptr) notes->push_back(file.filename().string() + ": " + why);
  }
  const lang::Language* language = nullptr;
  if (!language_id.empty()) {
    language = registry.find(language_id);
    if (language == nullptr) {
      throw ConfigError("", "--lang",
                        "unknown language '" + language_id + "'; known: " + known_ids(registry));
    }
  } else {
    for (const auto& [file, found] : detected) {
      if (language != nullptr && found != language) {
        throw ConfigError(dir.string(), "",
                          "holds sources of several languages (" + language->id + ", " + found->id +
                              "); give --lang ID");
      }
      language = found;
    }
    if (language == nullptr) {
      throw ConfigError(
          dir.string(), "",
          "no source file of a known language; known extensions: " + known_extensions(registry));
    }
  }
  const auto is_source = [&](const fs::path& file) {
    const std::string extension = file.extension().string();
    const auto found = detected.find(file);
    return (found != detected.end() && found->second == language) ||
           std::find(language->extensions.begin(), language->extensions.end(), extension) !=
               language->extensions.end();
  };
  std::vector<fs::path> sources;
  std::copy_if(files.begin(), files.end(), std::back_inserter(sources), is_source);
  fs::path main;
  if (!entry.empty()) {
    main = dir / entry.filename();
    if (std::find(files.begin(), files.end(), main) == files.end()) {
      throw ConfigError("", "--entry", "no file '" + entry.string() + "' in " + dir.string());
    }
  } else {
    main = lang::find_entry_point(*language, dir, sources);
  }
  Program program{language, {main, {}}};
  for (const fs::path& file : files) {
    // The entry point is placed as source_name: a file of that name would replace it.
    if (file != main && file.filename() != language->source_name) {
      program.source.extra_files.push_back(file);
    }
  }
  return program;
}

problem::Problem load_judgeable_problem(const fs::path& dir) {
  problem::Problem problem = problem::load_problem(dir);
  problem::refuse_unimplemented(problem);
  return problem;
}

JudgeInputs resolve_inputs(const SessionOptions& options, const lang::Registry& registry) {
  JudgeInputs inputs;
  inputs.problem = problem::load_problem(options.problem_dir, {options.testset});
  problem::refuse_unimplemented(inputs.problem);
  if (inputs.problem.limits.time_limit_source.empty() && !options.time_limit_ms &&
      inputs.problem.format != problem::PackageFormat::kPlainFolder) {
    inputs.notes.push_back(
        "NO TIME LIMIT in " + inputs.problem.dir.string() +
        " (not in problem.yaml limits.time_limit, .timelimit or domjudge-problem.ini): using " +
        std::to_string(inputs.problem.limits.time_limit_ms) +
        " ms; the archive's judge derives it from the accepted submissions, so give "
        "--time-limit to judge as it did");
  }

  std::error_code error;
  if (inputs.problem.submit_answer) {
    check_answers_dir(options.solution);
    inputs.solution = {&answers_language(), {options.solution, {}}};
  } else if (fs::is_directory(options.solution, error)) {
    inputs.solution = multi_file_program(options.solution, options.entry, options.language_id,
                                         registry, &inputs.notes);
    require_toolchain(*inputs.solution.language);
  } else {
    if (!fs::is_regular_file(options.solution, error)) {
      throw ConfigError(options.solution.string(), "",
                        "no such file; expected a source file or a directory of sources");
    }
    if (!options.entry.empty()) {
      throw ConfigError("", "--entry", "only for a solution given as a directory");
    }
    const lang::Language& language =
        pick_language(options.solution, options.language_id, registry, &inputs.notes);
    require_toolchain(language);
    inputs.solution = {&language, {options.solution, {}}};
  }

  if (!inputs.problem.submit_answer) {
    check_submission_allowed(inputs.problem, *inputs.solution.language, inputs.solution.source);
    inputs.solution.source = with_included_files(inputs.problem, *inputs.solution.language,
                                                 std::move(inputs.solution.source));
    adapt_solution_language(inputs);
  }

  if (inputs.problem.validator.kind == problem::ValidatorSpec::Kind::kCustom) {
    Program validator = find_validator_program(inputs.problem.validator, registry);
    require_toolchain(*validator.language);
    inputs.validator = std::move(validator);
  }
  const auto& tout_checker = inputs.problem.validator.tout_checker;
  if (tout_checker && tout_checker->builtin_name.empty()) {
    problem::ValidatorSpec checker = inputs.problem.validator;  // the same headers beside it
    checker.custom_path = tout_checker->source;
    Program program = find_validator_program(checker, registry);
    require_toolchain(*program.language);
    inputs.tout_checker = std::move(program);
  }
  return inputs;
}

JudgeReport judge(const JudgeInputs& inputs, const SessionOptions& options,
                  sandbox::Sandbox& sandbox, JudgeListener& listener) {
  const problem::Problem& problem = inputs.problem;
  problem::refuse_unimplemented(problem);
  const bool scoring = problem.type == problem::ProblemType::kScoring;

  JudgeReport report = report_header(inputs, options, sandbox);
  const std::vector<const TestCase*> selected = select_tests(problem.tests, options.tests_glob);
  describe_selection(selected, scoring, report);

  StagingDir staging(sandbox.sandbox_uid(), sandbox.sandbox_gid());
  const CompileCache cache(
      options.compile_cache_dir.empty() ? CompileCache::default_root() : options.compile_cache_dir,
      options.compile_cache_bytes);
  OutputChecking checking =
      make_output_checking(inputs, selected, report.limits, sandbox, staging, cache);
  const std::unique_ptr<OutputChecker>& checker = checking.checker;
  const std::optional<ValidatorSetup>& passes = checking.passes;

  listener.on_start(report);
  // A submit-answer submission is its answers: nothing to compile (CompileOutcome kNotNeeded).
  PreparedProgram program = problem.submit_answer
                                ? PreparedProgram{}
                                : prepare_program(*inputs.solution.language, inputs.solution.source,
                                                  "solution", sandbox, staging, cache);
  const SolutionRunSetup setup =
      solution_run_setup(inputs, options, report.limits, program, selected, staging);
  report.compile = program.compile;
  if (options.verbose) {
    const TestCase* first = problem.submit_answer || selected.empty() ? nullptr : selected.front();
    report.run_plan = verbose_run_plan(program, setup, first, staging);
  }
  listener.on_compile(report);

  std::string skip_reason = program.ready() ? "" : "not run: the solution did not compile";
  // Judges one test (or records it as skipped) and tells the listener.
  const auto judge_one = [&](const TestCase& test, bool run) -> TestOutcome& {
    throw_if_interrupted();
    if (!skip_reason.empty() || !run) {
      report.tests.push_back(skipped(
          test,
          skip_reason.empty() ? "not run: on_reject: break after a rejected test" : skip_reason,
          scoring));
    } else {
      if (problem.submit_answer) {
        report.tests.push_back(judge_answer(test, inputs.solution.source.main_file, setup.limits,
                                            options.verbose, staging, *checker));
      } else if (passes) {
        report.tests.push_back(run_validated_test(test, setup, *passes, sandbox, staging));
      } else {
        report.tests.push_back(run_test(test, setup, sandbox, staging, *checker));
      }
      if (scoring) apply_test_score(problem, test, report.tests.back());
      if (options.stop_on_first && report.tests.back().verdict != Verdict::kAccepted) {
        skip_reason = "not run: an earlier test failed (--stop-on-first)";
      }
    }
    listener.on_test(report, report.tests.back());
    return report.tests.back();
  };

  const bool legacy_graded = scoring && !problem.legacy_grading.empty();
  if (legacy_graded) {
    grade_legacy(problem, selected, report, judge_one);
  } else if (options.jobs > 1 && skip_reason.empty()) {
    const std::size_t judged =
        judge_in_parallel(selected, options, checking, setup, problem, report, listener);
    // After a --stop-on-first failure the rest are reported as skipped, exactly as with -j 1
    // (also those that ran meanwhile: they come after the failure in test order).
    if (judged < selected.size()) skip_reason = "not run: an earlier test failed (--stop-on-first)";
    for (std::size_t i = judged; i < selected.size(); ++i) judge_one(*selected[i], true);
  } else {
    for (const TestCase* test : selected) judge_one(*test, true);
  }
  if (!legacy_graded) {  // grade_legacy decides the overall verdict and the groups' scores
    report.overall = overall_verdict(report);
    if (scoring) score_groups(problem, selected, report);
  }
  listener.on_finish(report);
  return report;
}

JudgeReport judge_solution(const SessionOptions& options, sandbox::Sandbox& sandbox,
                           const lang::Registry& registry, JudgeListener& listener) {
  return judge(resolve_inputs(options, registry), options, sandbox, listener);
}

}  // namespace judge
