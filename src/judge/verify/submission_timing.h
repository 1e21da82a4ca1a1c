// Judging one submission of a package to learn its verdict and its slowest test, as the time
// limit derivation and the safety runs need them. A slowest time within 20 % of the limit is
// measured twice more and the median kept (time_limit_derivation.h), so one noisy run does not
// decide a limit or a verdict; when the first two runs are both killed at the CPU limit the
// median is a TLE whatever the third gives, and it is not run.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "judge/session.h"
#include "judge/verdict.h"
#include "lang/language.h"
#include "sandbox/sandbox.h"

namespace judge::verify {

struct TimedSubmission {
  std::string submission;  // relative to the package: "submissions/accepted/a.py"
  Verdict verdict = Verdict::kInternalError;
  std::string slowest_test;  // "" when no test ran (CE)
  std::int64_t slowest_ms = 0;
  std::int64_t applied_limit_ms = 0;  // the limit after the language's time factor
  int runs = 1;  // kRepeatedRuns when the time was near the limit (settled by repeated runs)
  // Some test of the run was stopped by its CPU or wall-clock limit (or got TLE).
  bool hit_time_limit = false;
};

// Whether a test's run was stopped by a time limit.
bool hit_time_limit(const TestOutcome& test);

// Judges `submission` on `base.problem_dir` with the problem's time limit set to limit_ms (the
// language's time factor still applies), stopping at the first test that is not AC. `base` gives
// the other options (cache, memory, entry point, language).
TimedSubmission time_submission(const std::filesystem::path& submission, std::int64_t limit_ms,
                                const SessionOptions& base, const lang::Registry& registry,
                                sandbox::Sandbox& sandbox);

}  // namespace judge::verify
