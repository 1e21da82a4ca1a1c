// One judge run of one solution against one problem: the pipeline behind `judge run`.
//
//   resolve_inputs()  load the problem, pick the solution's language, find the validator
//   judge()           stage, compile, run every selected test, check outputs, build the report
//
// A solution's failures are verdicts in the report. ConfigError (exit 2) is thrown for bad
// input (problem package, options, unknown language, interactive problem); InternalError
// (exit 3) when the judge itself fails outside the sandbox.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <memory>
#include "judge/compile_cache.h"
#include "judge/events.h"
#include "judge/verdict.h"

#include "lang/language.h"
#include "problem/problem.h"
#include "sandbox/sandbox.h"
#include "util/error.h"

namespace judge {

struct SessionOptions {
  std::filesystem::path solution;  // a source file, or a directory of one language's sources
  std::filesystem::path entry;     // the directory's main file (--entry); "" = by convention
  std::filesystem::path problem_dir;
  std::string language_id;  // "" = detect from the solution file
  // Overrides of the problem's limits (before the language's time factor).
  std::optional<std::int64_t> time_limit_ms;
  std::optional<std::int64_t> wall_time_limit_ms;
  std::optional<std::int64_t> memory_bytes;
  std::optional<std::int64_t> output_bytes;
  std::string tests_glob;  // "" = every test; else fnmatch() on the test name
  // The testset of a Polygon package to judge (--testset).
  std::string testset = "tests";
  bool stop_on_first = false;
  bool verbose = false;
  std::filesystem::path compile_cache_dir;  // "" = CompileCache::default_root()
  std::int64_t compile_cache_bytes = 0;     // 0 = CompileCache::default_max_bytes()
  // Tests run at once (-j), each in its own sandbox on its own physical core; capped at the
  // cores there are. 1: one after the other in the sandbox given to judge(), unpinned.
  unsigned jobs = 1;
  sandbox::SandboxOptions sandbox;  // how the parallel runs' own sandboxes are made
};

struct JudgeInputs {
  problem::Problem problem;
  Program solution;
  std::optional<Program> validator;  // the problem's custom output validator
  // A Polygon interactive package's testlib checker of the interactor's tout (tout_checker).
  std::optional<Program> tout_checker;
  // Set when problem.yaml changes the solution language's settings (limits.compilation_time):
  // solution.language then points here.
  std::shared_ptr<const lang::Language> adjusted_language;
  // How judge decided what the user did not say (".pl read as Prolog: ..."), shown on stderr.
  std::vector<std::string> notes;
};

JudgeInputs resolve_inputs(const SessionOptions& options, const lang::Registry& registry);

// The problem as resolve_inputs() loads it, with the same refusals (features read but not
// judged), for commands that check a package once before judging many solutions.
problem::Problem load_judgeable_problem(const std::filesystem::path& dir);

JudgeReport judge(const JudgeInputs& inputs, const SessionOptions& options,
                  sandbox::Sandbox& sandbox, JudgeListener& listener);

// resolve_inputs() then judge().
JudgeReport judge_solution(const SessionOptions& options, sandbox::Sandbox& sandbox,
                           const lang::Registry& registry, JudgeListener& listener);

// A directory solution as a program: its regular files (not below subfolders, not hidden), the
// language (--lang, else the one language their extensions name), and the entry point: `entry`
// (a file name in the directory) if given, else the only source file of the language, else the
// one named like the language's source_name or with the stem "main" (any case). ConfigError
// naming the directory otherwise. The entry point is placed as source_name, so another file of
// that name (main.py beside --entry solve.py) is left out.
Program multi_file_program(const std::filesystem::path& dir, const std::filesystem::path& entry,
                           const std::string& language_id, const lang::Registry& registry,
                           std::vector<std::string>* notes = nullptr);

// The language of the solution: --lang, else detected; ConfigError naming the file and the
// known extensions when neither works.
const lang::Language& pick_language(const std::filesystem::path& solution,
                                    const std::string& language_id, const lang::Registry& registry,
                                    std::vector<std::string>* notes = nullptr);

// Limits as applied: the options override the problem; the language's time_factor multiplies
// the time limit (rounded up to a whole ms); the wall limit is the one given (option, then
// problem.yaml) or 3 x the applied time limit. Memory is the problem's or the option's limit
// without the language's memory_extra_bytes (see SolutionRunSetup).
AppliedLimits apply_limits(const problem::ProblemLimits& problem, const lang::Language& language,
                           const SessionOptions& options);

// The tests whose name matches glob (fnmatch without flags, so "*" also matches "/":
// "secret/*" selects every group below secret). ConfigError when nothing matches.
std::vector<const problem::TestCase*> select_tests(const std::vector<problem::TestCase>& tests,
                                                   const std::string& glob);

// The verdict of the whole run: CE when the compile failed, else the first test that is not
// AC (skipped tests aside), else AC.
Verdict overall_verdict(const JudgeReport& report);

// 0 when the overall verdict is AC, 3 for IE (the judge failed, not the solution), else 1.
ExitCode exit_code_for(const JudgeReport& report);

}  // namespace judge
