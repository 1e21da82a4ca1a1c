// Verdicts and the results the judge hands to reporters.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sandbox/run_spec.h"

namespace judge {

enum class Verdict {
  kAccepted,             // AC
  kWrongAnswer,          // WA
  kTimeLimitExceeded,    // TLE: CPU over the time limit, or wall over the wall limit
  kMemoryLimitExceeded,  // MLE
  kOutputLimitExceeded,  // OLE
  kRuntimeError,         // RE: non-zero exit, a signal, a forbidden system call
  kCompileError,         // CE
  kJudgeError,           // JE: the output validator broke
  kInternalError,        // IE: the judge itself failed
  kSkipped,              // not run (after --stop-on-first)
};

std::string short_name(Verdict v);  // "AC", "WA", ...
std::string long_name(Verdict v);   // "Accepted", "Wrong Answer", ...
std::optional<Verdict> verdict_from_short_name(const std::string& s);  // case-insensitive

// The limits as applied to one test run (problem limits x language factors x options).
struct AppliedLimits {
  std::int64_t time_limit_ms = 0;
  std::int64_t wall_time_limit_ms = 0;
  std::int64_t memory_bytes = 0;
  std::int64_t output_bytes = 0;
};

// Where the first difference between the output and the answer is, for WA reports.
struct Difference {
  std::int64_t line = 0;   // 1-based line of the output
  std::int64_t token = 0;  // 1-based token index in the whole output
  std::string expected;    // the answer's token ("" = answer ended)
  std::string got;         // the output's token ("" = output ended)
};

// One pass of a multi-pass test (or the only pass of an interactive one): the submission's run.
struct PassOutcome {
  int pass = 1;  // from 1
  Verdict verdict = Verdict::kInternalError;
  std::string message;
  std::int64_t cpu_time_us = 0;
  std::int64_t wall_time_us = 0;
  std::int64_t peak_memory_bytes = 0;
};

struct TestOutcome {
  std::string name;
  std::string group;
  Verdict verdict = Verdict::kInternalError;
  sandbox::RunResult run;
  std::string message;  // one line: "signal 11 (SIGSEGV)", "forbidden system call ptrace", ...
  std::string judge_message;  // validator's judgemessage.txt or the default validator's text
  std::optional<Difference> difference;
  std::optional<double> score;
  // What the output check reported for scoring (score.txt, score_multiplier.txt, testlib
  // points); the scoring rules turn it into `score`.
  std::optional<double> reported_score;
  std::optional<double> reported_multiplier;
  // Multi-pass problems: every pass that ran, in order (the test's run is the last one's).
  std::vector<PassOutcome> passes;
  // --verbose excerpts, filled on failure only.
  std::string input_excerpt, expected_excerpt, output_excerpt;
  std::string interaction_excerpt;  // an interactive sample's NAME.interaction, if any
};

// The score of one test data group (scoring problems): a 2025-09 group or secret, a Polygon
// group, or a legacy folder below data/ ("" is data/ itself).
struct GroupScore {
  std::string name;
  Verdict verdict = Verdict::kAccepted;  // the group's own verdict (its grader's, for legacy)
  double score = 0;
  std::optional<double> max_score;  // nullopt: unbounded or not known
  std::string note;                 // why it scored 0 despite passing: "requires secret/g1"
};

struct CompileOutcome {
  enum class Status { kNotNeeded, kCompiled, kCached, kFailed, kInternalError };
  Status status = Status::kNotNeeded;
  std::int64_t time_ms = 0;
  std::string message;  // compiler output, trimmed
};

std::string to_string(CompileOutcome::Status status);  // "not_needed", "compiled", ...

struct JudgeReport {
  std::string problem_name;
  std::string problem_dir;
  std::string problem_format;  // "2025-09", "legacy", "plain"
  std::string solution;
  std::string language_id;
  std::string language_name;
  std::string language_version;  // the toolchain's version line ("" when it has none)
  AppliedLimits limits;
  std::string sandbox_backend;    // "cgroup-v1", "cgroup-v2", "rlimit"
  std::string sandbox_isolation;  // e.g. "user,pid,mount,net,ipc,uts,cgroup namespaces; seccomp"
  CompileOutcome compile;
  std::vector<TestOutcome> tests;  // in run order
  Verdict overall = Verdict::kInternalError;
  std::optional<double> score;          // scoring problems only
  std::optional<double> max_score;      // scoring problems only
  std::vector<GroupScore> groups;       // scoring problems: per group, in test order
  int tests_total = 0;                  // tests selected (including skipped)
  std::vector<std::string> test_names;  // the selected tests' names, in run order
  // --verbose: the compile's and the first test's run as the sandbox sets them up (titled blocks
  // of lines, judge/verbose_plan.h); empty otherwise.
  std::vector<std::string> run_plan;
};

// Pure summaries used by every reporter.
int tests_passed(const JudgeReport& report);
std::int64_t max_cpu_time_us(const JudgeReport& report);
std::int64_t max_peak_memory_bytes(const JudgeReport& report);

}  // namespace judge
