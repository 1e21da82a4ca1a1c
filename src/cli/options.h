// The command line (CLI11) turned into plain options. Only definitions and value checks live
// here; what the commands do is in commands.h.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli/batch_reports.h"
#include "cli/grade_options.h"
#include "judge/session.h"
#include "judge/verify/verify.h"

namespace judge::cli {

enum class Command {
  kRun,
  kLanguages,
  kDoctor,
  kVersion,
  kCache,
  kGrade,
  kMerge,
  kReport,
  kVerify
};

struct RunOptions {
  SessionOptions session;
  bool json = false;       // one JSON document on stdout, nothing else
  std::string junit_path;  // "" = no JUnit XML
  bool no_color = false;   // --no-color (see use_color())
  bool require_cgroup = false;
  std::string profile;  // --profile: languages/profiles/<name>/ overrides ("" = default)
};

struct DoctorOptions {
  bool languages = false;  // also check every language's toolchain
};

struct CacheOptions {
  bool clear = false;          // judge cache clear
  std::int64_t max_bytes = 0;  // --cache-size; 0 = JUDGE_CACHE_SIZE or the default
};

// judge verify (verify_command.cc).
struct VerifyCommandOptions {
  verify::VerifyOptions verify;  // verify.jobs 0 = one per physical core
  // Every DIR given, in order (verify.problem_dir is the first); several: verify_many.h.
  std::vector<std::filesystem::path> problem_dirs;
  bool json = false;
  std::string junit_path;
  bool no_color = false;
  bool require_cgroup = false;
  std::string profile;
};

struct Options {
  Command command = Command::kRun;
  RunOptions run;
  VerifyCommandOptions verify;
  DoctorOptions doctor;
  CacheOptions cache;
  GradeOptions grade;
  MergeOptions merge;
  ReportOptions report;            // judge report
  BatchReportPaths batch_reports;  // grade and merge: --junit, --classroom, --csv, --html, ...
  std::string languages_profile;   // judge languages --profile
};

// Either options to act on, or the exit code of a command line that CLI11 already answered
// (--help: 0 with the help on `out`; a usage error: 2 with CLI11's message on `err`).
struct ParsedCommandLine {
  std::optional<Options> options;
  int exit_code = 0;
};

// args excludes the program name; language_ids are listed in the help of --lang. Throws
// ConfigError naming the option for a value CLI11 accepts but the judge cannot use
// ("--time-limit fast", "--memory-limit 256").
ParsedCommandLine parse_command_line(const std::vector<std::string>& args, std::ostream& out,
                                     std::ostream& err,
                                     const std::vector<std::string>& language_ids = {});

// A duration ("2s") or size ("256m") option's value; nullopt when empty. ConfigError naming the
// option for anything else, or a value that is not more than 0.
std::optional<std::int64_t> duration_option(const std::string& option, const std::string& text);
std::optional<std::int64_t> size_option(const std::string& option, const std::string& text);

// Colors only on a terminal, and never when asked not to: --no-color, or NO_COLOR set to a
// non-empty value (no-color.org).
bool use_color(bool no_color_flag, const char* no_color_env, bool stdout_is_tty);

}  // namespace judge::cli
