// `judge verify PROBLEM_DIR`: is a problem package ready? Every reference submission under
// submissions/ is compiled and judged with the `judge run` pipeline (session.h) and its verdicts
// are compared with what it is permitted and required to get (expectation.h); the package's own
// checks add findings (finding.h). The result is one VerifyReport; src/report/verify_* print it.
//
//   load the problem          ConfigError (exit 2) for a broken package
//   find submissions          every file or folder in submissions/<folder>/
//   expectations              folder, @EXPECTED_RESULTS@, submissions.yaml (expectation_sources.h)
//   resolve every submission  its language and entry point: bad input fails before anything runs
//   run_data_checks()         findings about the test data and validators
//   derive_package_time_limit when the package gives no limit (time_limit_check.h)
//   judge every submission    in parallel (-j), each run in its own sandbox, and right after it
//                             its safety runs (safety_check)
//   summarize_safety()        findings about the time limit and its margins
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "judge/session.h"
#include "judge/verify/core_runner.h"
#include "judge/verify/expectation.h"
#include "judge/verify/finding.h"
#include "lang/language.h"
#include "sandbox/sandbox.h"

namespace judge::verify {

struct VerifyOptions {
  std::filesystem::path problem_dir;
  // Only submissions whose path below submissions/ matches ("accepted/*"); "" = all.
  std::string submissions_glob;
  int jobs = 1;                             // submissions judged at once (>= 1)
  std::filesystem::path compile_cache_dir;  // "" = the default cache
  std::int64_t compile_cache_bytes = 0;     // 0 = the default bound
  // --write-time-limit: a derived limit is written into problem.yaml (write_time_limit.h).
  bool write_time_limit = false;
};

struct SubmissionResult {
  std::string path;  // below submissions/: "accepted/sol.py", "accepted/multi" (a folder)
  Expectation expected;
  JudgeReport report;
  Judgement judgement;
  // The test with the most CPU time ("" when none ran) and that time.
  std::string slowest_test;
  std::int64_t slowest_cpu_us = 0;
  // One letter per test in run order: A W T M O R J I, '-' skipped (verdict_letter()).
  std::string strip;
};

// Where verify's time went, in seconds: wall time per phase, and the time the judging phase's
// work items spent judging and in safety runs (summed over the cores; a run is one item's).
struct VerifyTiming {
  double data_checks_s = 0;   // test data, input validators, invalid inputs
  double derivation_s = 0;    // the time-limit derivation (0 when the package fixes the limit)
  double judging_s = 0;       // every submission judged, with its safety runs
  double judging_runs_s = 0;  // of which: compiling and judging each submission
  double safety_runs_s = 0;   // of which: runs at the limit and at the safety limit
};

struct VerifyReport {
  std::string problem_name;
  std::string problem_dir;
  std::string problem_format;
  std::int64_t time_limit_ms = 0;  // the problem's, before any language factor
  int jobs = 1;                    // submissions judged at once (-j, capped at the cores)
  std::vector<SubmissionResult> submissions;
  std::vector<Finding> findings;
  // Lines of information for the report (how a time limit was derived, ...).
  std::vector<std::string> notes;
  VerifyTiming timing;
};

// Package is sound: every submission met its expectation and no finding is an error.
bool is_sound(const VerifyReport& report);
// The judge itself failed somewhere (an IE verdict or a compile step that could not run).
bool has_internal_failure(const VerifyReport& report);
// 0 sound, 1 not sound, 3 internal failure.
ExitCode verify_exit_code(const VerifyReport& report);

char verdict_letter(Verdict verdict);

// Told as the work goes, for a progress line; called on the thread that called verify_package,
// in submission order.
class VerifyListener {
 public:
  virtual ~VerifyListener() = default;
  virtual void on_submission_done(const SubmissionResult& result, int done, int total) = 0;
};

// Every run of the time-limit derivation, the judging and the safety runs goes through a
// CoreRunner: `options.jobs` at a time (capped at one per physical core), each worker with its
// own sandbox on its own core. The report is the same whatever the jobs, but for its times.
VerifyReport verify_package(const VerifyOptions& options, const lang::Registry& registry,
                            const SandboxFactory& make_sandbox, VerifyListener* listener);

// verify_package() in two steps, for verifying several packages in one process (verify_many.h):
// plan_package() loads the package and plans its submissions (a ConfigError for bad input, before
// anything runs); verify_planned() does the rest, its runners taking their cores from
// `shared_slots` when given (CoreRunner).
struct PackagePlan;
struct PackagePlanDeleter {
  void operator()(PackagePlan* plan) const;
};
using PlannedPackage = std::unique_ptr<PackagePlan, PackagePlanDeleter>;

PlannedPackage plan_package(const VerifyOptions& options, const lang::Registry& registry);
VerifyReport verify_planned(PlannedPackage package, const VerifyOptions& options,
                            const lang::Registry& registry, const SandboxFactory& make_sandbox,
                            parallel::CpuSlots* shared_slots, VerifyListener* listener);

}  // namespace judge::verify
