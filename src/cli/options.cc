#include "cli/options.h"

#include <CLI/CLI.hpp>
#include <algorithm>

#include "util/error.h"
#include "util/units.h"
#include "util/version.h"

namespace judge::cli {

namespace {

// What CLI11 fills in; values with units stay text until checked below, so that the error
// names the option and shows the expected spelling.
struct RawRunOptions {
  std::string solution, problem_dir, language, tests, junit, entry, profile;
  std::string testset;  // --testset: a Polygon testset
  std::string time_limit, wall_time_limit, memory_limit, output_limit, cache_size;
  std::string jobs;
  bool stop_on_first = false, json = false, verbose = false, no_color = false;
  bool require_cgroup = false;
};

// What CLI11 fills in for judge verify.
struct RawVerifyOptions {
  std::vector<std::string> problem_dirs;
  std::string junit, submissions, profile, cache_size;
  int jobs = 0;
  bool json = false, no_color = false, require_cgroup = false;
  bool write_time_limit = false;
};

}  // namespace

std::optional<std::int64_t> duration_option(const std::string& option, const std::string& text) {
  if (text.empty()) return std::nullopt;
  const std::optional<std::int64_t> ms = units::parse_duration_ms(text);
  if (!ms) {
    throw ConfigError("", option, "expected a duration such as 2s or 1500ms, got '" + text + "'");
  }
  if (*ms <= 0) throw ConfigError("", option, "must be more than 0, got '" + text + "'");
  return ms;
}

std::optional<std::int64_t> size_option(const std::string& option, const std::string& text) {
  if (text.empty()) return std::nullopt;
  const std::optional<std::int64_t> bytes = units::parse_size_bytes(text);
  if (!bytes) {
    throw ConfigError("", option, "expected a size such as 256m or 1g, got '" + text + "'");
  }
  if (*bytes <= 0) throw ConfigError("", option, "must be more than 0, got '" + text + "'");
  return bytes;
}

namespace {

// -j N: a whole number of tests at once, from 1.
unsigned jobs_option(const std::string& text) {
  if (text.empty()) return 1;
  const bool digits = text.size() <= 6 && std::all_of(text.begin(), text.end(),
                                                      [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || std::stoul(text) == 0) {
    throw ConfigError("", "-j",
                      "expected how many tests to run at once (1, 2, ...), got '" + text + "'");
  }
  return static_cast<unsigned>(std::stoul(text));
}

// The help of --lang lists the ids of the language files, so it never falls behind them.
std::string language_help(const std::vector<std::string>& language_ids) {
  std::string help = "Language id instead of detection";
  if (language_ids.empty()) return help + " (see `judge languages`)";
  help += ": ";
  for (std::size_t i = 0; i < language_ids.size(); ++i) {
    if (i > 0) help += ", ";
    help += language_ids[i];
  }
  return help;
}

void define_run(CLI::App& run, RawRunOptions& raw, const std::vector<std::string>& language_ids) {
  run.add_option("solution", raw.solution,
                 "Source file of the solution, or a directory of its sources")
      ->required();
  run.add_option("--entry", raw.entry,
                 "The main file of a solution given as a directory (default: the only source, "
                 "or main.*)");
  run.add_option("problem", raw.problem_dir, "Problem package directory")->required();
  run.add_option("--lang", raw.language, language_help(language_ids));
  run.add_option("--time-limit", raw.time_limit,
                 "CPU time limit per test, e.g. 2s or 1500ms (default: problem.yaml)");
  run.add_option("--wall-time-limit", raw.wall_time_limit,
                 "Wall-clock limit per test (default: 3 x the time limit)");
  run.add_option("--memory-limit", raw.memory_limit,
                 "Memory limit, e.g. 256m or 1g (default: problem.yaml, else 2048 MiB)");
  run.add_option("--output-limit", raw.output_limit,
                 "Output limit (default: problem.yaml, else 8 MiB)");
  run.add_option("--tests", raw.tests, "Run only tests whose name matches, e.g. \"sample/*\"");
  run.add_option("--testset", raw.testset,
                 "The testset of a Polygon package to judge, e.g. pretests (default: tests)");
  run.add_flag("--stop-on-first", raw.stop_on_first,
               "Stop at the first test that is not accepted (the rest are skipped)");
  run.add_option("-j,--jobs", raw.jobs,
                 "Run N tests at once, each pinned to its own physical core (default 1; at most "
                 "the cores there are)");
  run.add_flag("--json", raw.json, "Print one JSON document on stdout and nothing else");
  run.add_option("--junit", raw.junit, "Also write a JUnit XML report to this file");
  run.add_flag("--verbose", raw.verbose, "Show input, expected and actual output on failures");
  run.add_flag("--no-color", raw.no_color, "No colors (also: the NO_COLOR environment variable)");
  run.add_option("--profile", raw.profile,
                 "Settings profile: kattis (C++23, .py run by PyPy), domjudge (DOMjudge's compile "
                 "lines), default");
  run.add_flag("--require-cgroup", raw.require_cgroup,
               "Fail (exit 2) unless limits are enforced by a cgroup");
  run.add_option("--cache-size", raw.cache_size,
                 "Bound of the compile cache, e.g. 512m (default: JUDGE_CACHE_SIZE, else 512m)");
}

RunOptions finish_run(const RawRunOptions& raw) {
  RunOptions run;
  SessionOptions& session = run.session;
  session.solution = raw.solution;
  session.entry = raw.entry;
  session.problem_dir = raw.problem_dir;
  session.language_id = raw.language;
  session.time_limit_ms = duration_option("--time-limit", raw.time_limit);
  session.wall_time_limit_ms = duration_option("--wall-time-limit", raw.wall_time_limit);
  session.memory_bytes = size_option("--memory-limit", raw.memory_limit);
  session.output_bytes = size_option("--output-limit", raw.output_limit);
  session.tests_glob = raw.tests;
  if (!raw.testset.empty()) session.testset = raw.testset;
  session.stop_on_first = raw.stop_on_first;
  session.jobs = jobs_option(raw.jobs);
  session.verbose = raw.verbose;
  session.compile_cache_bytes = size_option("--cache-size", raw.cache_size).value_or(0);
  run.json = raw.json;
  run.junit_path = raw.junit;
  run.no_color = raw.no_color;
  run.require_cgroup = raw.require_cgroup;
  session.sandbox.require_cgroup = raw.require_cgroup;
  run.profile = raw.profile;
  return run;
}

void define_verify(CLI::App& verify, RawVerifyOptions& raw) {
  verify.add_option("problem", raw.problem_dirs, "Problem package directories (one or more)")
      ->required();
  verify.add_flag("--json", raw.json, "Print one JSON document on stdout and nothing else");
  verify.add_option("--junit", raw.junit, "Also write JUnit XML (one testcase per submission)");
  verify
      .add_option("-j,--jobs", raw.jobs,
                  "Submissions judged at once (default: the number of physical cores)")
      ->check(CLI::Range(1, 1024));
  verify.add_option("--submissions", raw.submissions,
                    "Only submissions whose path below submissions/ matches, e.g. \"accepted/*\"");
  verify.add_flag("--no-color", raw.no_color,
                  "No colors (also: the NO_COLOR environment variable)");
  verify.add_flag("--require-cgroup", raw.require_cgroup,
                  "Fail (exit 2) unless limits are enforced by a cgroup");
  verify.add_option("--profile", raw.profile, "Settings profile (as for judge run)");
  verify.add_option("--cache-size", raw.cache_size, "Bound of the compile cache, e.g. 512m");
  verify.add_flag("--write-time-limit", raw.write_time_limit,
                  "Write a derived time limit into problem.yaml (limits.time_limit)");
}

VerifyCommandOptions finish_verify(const RawVerifyOptions& raw) {
  VerifyCommandOptions options;
  options.problem_dirs.assign(raw.problem_dirs.begin(), raw.problem_dirs.end());
  options.verify.problem_dir = options.problem_dirs.front();
  options.verify.submissions_glob = raw.submissions;
  options.verify.jobs = raw.jobs;
  options.verify.write_time_limit = raw.write_time_limit;
  options.verify.compile_cache_bytes = size_option("--cache-size", raw.cache_size).value_or(0);
  options.json = raw.json;
  options.junit_path = raw.junit;
  options.no_color = raw.no_color;
  options.require_cgroup = raw.require_cgroup;
  options.profile = raw.profile;
  return options;
}

}  // namespace

ParsedCommandLine parse_command_line(const std::vector<std::string>& args, std::ostream& out,
                                     std::ostream& err,
                                     const std::vector<std::string>& language_ids) {
  CLI::App app("Judge a solution against an ICPC/Kattis problem package in a sandbox.", "judge");
  app.require_subcommand(1);
  app.set_version_flag("--version", version_line(), "Print the version and git commit, then exit");

  RawRunOptions raw_run;
  CLI::App* run = app.add_subcommand("run", "Compile and run a solution on every test");
  define_run(*run, raw_run, language_ids);
  CLI::App* languages =
      app.add_subcommand("languages", "List the languages and their toolchain versions");
  Options options;
  languages->add_option("--profile", options.languages_profile,
                        "List the languages as a settings profile has them (kattis, domjudge)");
  CLI::App* doctor = app.add_subcommand("doctor", "Check that this machine can judge");
  doctor->add_flag("--languages", options.doctor.languages, "Also check every toolchain");
  CLI::App* version = app.add_subcommand("version", "Print the version and git commit");
  CLI::App* cache = app.add_subcommand("cache", "Show the compile cache, or clear it");
  std::string cache_action, cache_size;
  cache->add_option("action", cache_action, "clear: remove every entry")
      ->check(CLI::IsMember({"clear"}));
  cache->add_option("--cache-size", cache_size, "The bound to show (default: JUDGE_CACHE_SIZE)");
  RawGradeOptions raw_grade;
  CLI::App* grade = app.add_subcommand("grade", "Judge many submissions, resumably, to JSON lines");
  define_grade(*grade, raw_grade);
  add_batch_report_options(*grade, options.batch_reports);
  CLI::App* merge = app.add_subcommand("merge", "Combine the results files of grade's shards");
  define_merge(*merge, options.merge);
  add_batch_report_options(*merge, options.batch_reports);
  CLI::App* report = add_report_command(app, options.report);
  RawVerifyOptions raw_verify;
  CLI::App* verify =
      app.add_subcommand("verify", "Check a problem package: every submission gets what it should");
  define_verify(*verify, raw_verify);

  // CLI11 consumes a reversed argument list.
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error, out, err);
    return {std::nullopt, code == 0 ? 0 : static_cast<int>(ExitCode::kUsageOrConfig)};
  }

  if (run->parsed()) {
    options.command = Command::kRun;
    options.run = finish_run(raw_run);
  } else if (languages->parsed()) {
    options.command = Command::kLanguages;
  } else if (version->parsed()) {
    options.command = Command::kVersion;
  } else if (grade->parsed()) {
    options.command = Command::kGrade;
    options.grade = finish_grade(raw_grade);
  } else if (merge->parsed()) {
    options.command = Command::kMerge;
  } else if (report->parsed()) {
    options.command = Command::kReport;
  } else if (verify->parsed()) {
    options.command = Command::kVerify;
    options.verify = finish_verify(raw_verify);
  } else if (cache->parsed()) {
    options.command = Command::kCache;
    options.cache.clear = cache_action == "clear";
    options.cache.max_bytes = size_option("--cache-size", cache_size).value_or(0);
  } else {
    options.command = Command::kDoctor;
  }
  return {options, 0};
}

bool use_color(bool no_color_flag, const char* no_color_env, bool stdout_is_tty) {
  if (no_color_flag || !stdout_is_tty) return false;
  return no_color_env == nullptr || *no_color_env == '\0';
}

}  // namespace judge::cli
