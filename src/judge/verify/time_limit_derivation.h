// Deriving a problem's time limit from its submissions' times, and judging whether that limit is
// safe: pure functions, so every rounding and every threshold is unit-tested.
//
// The format's rule (2025-09): the limit is the slowest time of the lower-bound submissions
// (accepted ones, and those marked use_for_time_limit) x ac_to_time_limit, rounded up to a
// multiple of time_resolution. Legacy packages use time_multiplier for the first factor and
// whole seconds. The limit x time_limit_to_tle (legacy time_safety_margin) is the safety limit:
// a submission whose verdict changes between the two limits is "sensitive to the time limit".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "judge/verdict.h"
#include "judge/verify/finding.h"
#include "problem/problem.h"

namespace judge::verify {

// The multipliers and the rounding step of one package.
struct TimeLimitRule {
  double ac_to_time_limit = 2.0;   // legacy: time_multiplier
  double time_limit_to_tle = 1.5;  // legacy: time_safety_margin
  std::int64_t resolution_ms = 1000;
  bool legacy = false;  // for the wording: which keys the factors came from
};

TimeLimitRule time_limit_rule(const problem::ProblemLimits& limits, problem::PackageFormat format);

// One lower-bound submission's slowest test.
struct SubmissionTime {
  std::string submission;  // path relative to the package: "submissions/accepted/sol.cpp"
  std::string test;        // "secret/03"
  std::int64_t time_ms = 0;
};

struct DerivedTimeLimit {
  std::int64_t limit_ms = 0;
  std::int64_t safety_limit_ms = 0;  // limit x time_limit_to_tle, for the safety runs
  SubmissionTime slowest;            // what decided it
  // "slowest lower-bound submission submissions/accepted/a.py on secret/03: 120 ms x
  // ac_to_time_limit 2 = 240 ms, rounded up to time_resolution 1 s: time limit 1 s"
  std::string explanation;
};

// ceil(time_ms x multiplier) rounded up to a whole multiple of resolution_ms, at least one step.
std::int64_t round_up_to_resolution(double time_ms, std::int64_t resolution_ms);

// The limit from the slowest of `times`; nullopt when there is none (no lower-bound submission).
std::optional<DerivedTimeLimit> derive_time_limit(const std::vector<SubmissionTime>& times,
                                                  const TimeLimitRule& rule);

// "1 s", "1.5 s", "250 ms": how the reports write a limit or a time.
std::string format_ms(std::int64_t ms);

// Repeated runs. A verdict decided by a time within 20 % of the limit is run again (3 runs in
// all) and its median kept, so one noisy run neither moves the limit nor flips a verdict.
inline constexpr int kRepeatedRuns = 3;
bool near_limit(std::int64_t time_ms, std::int64_t limit_ms);
std::int64_t median_ms(std::vector<std::int64_t> times);  // 0 for no times

// A submission expected to fail, judged at the limit and at the safety limit.
struct SafetyRun {
  std::string submission;
  Verdict at_limit = Verdict::kAccepted;
  std::int64_t time_at_limit_ms = 0;  // its slowest test (median when near a limit)
  Verdict at_safety_limit = Verdict::kAccepted;
  std::int64_t time_at_safety_limit_ms = 0;
  // A wall-clock TLE that used little CPU time (waiting, sleeping): its time says nothing of
  // its speed, so it sets no margin.
  bool blocked = false;
};

// An error per submission whose verdict changes between the two limits, with its times.
std::vector<Finding> sensitivity_findings(const std::vector<SafetyRun>& runs, std::int64_t limit_ms,
                                          std::int64_t safety_limit_ms);

// The margin between the slowest lower-bound submission and the fastest one that gets TLE.
struct TimeMargin {
  SubmissionTime slowest_accepted;
  std::string fastest_tle;               // the submission
  std::int64_t fastest_tle_ms = 0;       // its time at the safety limit
  bool tle_time_is_lower_bound = false;  // TLE at the safety limit too: it took at least this
  double ratio = 0;                      // fastest_tle_ms / slowest accepted time
  // "slowest AC 120 ms (submissions/accepted/a.py), fastest TLE >= 3 s
  // (submissions/time_limit_exceeded/spin.py): margin 25x"
  std::string text;
};

// nullopt when no submission gets TLE at the limit, blocked ones aside.
std::optional<TimeMargin> time_margin(const SubmissionTime& slowest_accepted,
                                      const std::vector<SafetyRun>& runs);

// A warning when the margin is below what the format asks of a limit (ac_to_time_limit x
// time_limit_to_tle: the slowest AC x ac_to_time_limit <= limit <= fastest TLE /
// time_limit_to_tle).
std::optional<Finding> margin_finding(const TimeMargin& margin, const TimeLimitRule& rule);

}  // namespace judge::verify
