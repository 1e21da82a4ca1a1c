// The time-limit steps of `judge verify`, around the judging of every submission:
//   before: derive_package_time_limit() when the package fixes no limit: its lower-bound
//           submissions are judged with a generous limit and the format's rule applied
//           (time_limit_derivation.h); verify then judges everything at the derived limit;
//   after:  check_time_limit_safety(): every submission expected to fail is judged again at the
//           limit x time_limit_to_tle; a verdict that changes is an error ("sensitive to the time
//           limit", with both times), and the margin between the slowest AC and the fastest TLE
//           is reported (a warning when it is narrower than the format asks).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "judge/session.h"
#include "judge/verify/expectation.h"
#include "judge/verify/finding.h"
#include "judge/verify/submission_timing.h"
#include "judge/verify/time_limit_derivation.h"
#include "lang/language.h"
#include "problem/problem.h"
#include "sandbox/sandbox.h"

namespace judge::verify {

// One submission of the package, as these steps see it.
struct TimeLimitCandidate {
  SessionOptions session;         // how verify judges it: solution, entry, language, cache
  bool lower_bound = false;       // accepted, or use_for_time_limit: it decides the limit
  bool expected_failure = false;  // not expected to be AC: it gets the safety run
  // Its run at the limit as verify judged it, if it did (then only re-run when near the limit).
  std::optional<TimedSubmission> at_limit;
};

struct TimeLimitStep {
  std::optional<DerivedTimeLimit> derived;  // derive_package_time_limit only
  std::vector<Finding> findings;
  std::vector<std::string> notes;  // how the limit was derived; the margin
};

// An error finding when no lower-bound submission got
// AC with the generous limit (then there is nothing to derive from).
TimeLimitStep derive_package_time_limit(const problem::Problem& problem,
                                        const std::vector<TimeLimitCandidate>& candidates,
                                        const lang::Registry& registry, sandbox::Sandbox& sandbox);

// limit_ms: the limit verify judged with (the package's or the derived one).
TimeLimitStep check_time_limit_safety(const problem::Problem& problem, std::int64_t limit_ms,
                                      const std::vector<TimeLimitCandidate>& candidates,
                                      const lang::Registry& registry, sandbox::Sandbox& sandbox);

// Whether an expectation makes a submission a lower bound of the limit (use_for_time_limit,
// else: TLE is not permitted).
bool is_lower_bound(const Expectation& expected);

}  // namespace judge::verify
