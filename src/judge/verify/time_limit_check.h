// The time-limit steps of `judge verify`, around the judging of every submission:
//   before: derive_package_time_limit() when the package fixes no limit: its lower-bound
//           submissions are judged with a generous limit and the format's rule applied
//           (time_limit_derivation.h); verify then judges everything at the derived limit;
//   after:  safety_check() per submission, as soon as verify has judged it: every submission
//           expected to fail is judged again at the limit x time_limit_to_tle; then
//           summarize_safety(): a verdict that changes is an error ("sensitive to the time
//           limit", with both times), and the margin between the slowest AC and the fastest TLE
//           is reported (a warning when it is narrower than the format asks).
// The runs of both steps go through a CoreRunner: -j of them at once, one per physical core.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "judge/session.h"
#include "judge/verify/core_runner.h"
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
                                        const lang::Registry& registry, const CoreRunner& runner);

// limit_ms x time_limit_to_tle (legacy time_safety_margin), rounded up to a whole ms.
std::int64_t safety_limit_ms(const problem::Problem& problem, std::int64_t limit_ms);

// One candidate's safety runs; run nothing (and return no run) for a candidate not expected to
// fail. A submission that cannot be judged (its language is missing here) is a finding.
struct SafetyCheck {
  std::optional<SafetyRun> run;
  std::vector<Finding> findings;
};
//
// `early`, when given: the candidate's run at the safety limit made beforehand (on another core
// while verify judged it at the limit), used instead of a new one unless it ended at its wall
// limit and the run at the limit does not show the submission blocked.
struct EarlySafetyRun {
  std::optional<TimedSubmission> run;
  std::vector<Finding> findings;
};
SafetyCheck safety_check(const TimeLimitCandidate& candidate, std::int64_t limit_ms,
                         std::int64_t safety_limit_ms, const lang::Registry& registry,
                         sandbox::Sandbox& sandbox, const EarlySafetyRun* early = nullptr);

// The run at the safety limit of a submission expected to time out, which needs one whatever
// its run at the limit gives, so both can run at once. Its wall limit is 5x its CPU limit (the
// safety limit x the language's time_factor), not verify's generous 10x: safety_check() decides
// whether a wall-clock TLE stands.
EarlySafetyRun early_safety_run(const SessionOptions& session, std::int64_t safety_limit_ms,
                                double time_factor, const lang::Registry& registry,
                                sandbox::Sandbox& sandbox);

// limit_ms: the limit verify judged with (the package's or the derived one); `checks` in the
// order of `candidates`.
TimeLimitStep summarize_safety(const problem::Problem& problem, std::int64_t limit_ms,
                               const std::vector<TimeLimitCandidate>& candidates,
                               std::vector<SafetyCheck> checks);

// Whether an expectation makes a submission a lower bound of the limit (use_for_time_limit,
// else: TLE is not permitted).
bool is_lower_bound(const Expectation& expected);

}  // namespace judge::verify
