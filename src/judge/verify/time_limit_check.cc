#include "judge/verify/time_limit_check.h"

#include <cmath>

#include "judge/verify/run_time_limit.h"
#include "util/error.h"

namespace judge::verify {

namespace fs = std::filesystem;

namespace {

// The wall limit of a blocked submission's safety run, as a multiple of the safety limit: the
// factor `judge run` uses (session.cc).
constexpr std::int64_t kBlockedWallFactor = 3;
// The wall limit of an early safety run, as a multiple of its CPU limit: before its run at the
// limit shows whether the submission computes or waits, room for a busy machine (a CPU-bound
// run stopped by the wall clock is run again), without waiting 10x for one that sleeps.
constexpr double kEarlyWallFactor = 5;

// A submission that cannot be judged (its language is missing here) is reported, not fatal.
std::optional<TimedSubmission> try_time(const SessionOptions& session, std::int64_t limit_ms,
                                        const lang::Registry& registry, sandbox::Sandbox& sandbox,
                                        std::vector<Finding>& findings) {
  try {
    return time_submission(session.solution, limit_ms, session, registry, sandbox);
  } catch (const ConfigError& error) {
    findings.push_back({Severity::kError, "time-limit",
                        session.solution.lexically_relative(session.problem_dir).string(),
                        std::string("cannot be judged: ") + error.what()});
    return std::nullopt;
  }
}

// A TLE of the wall clock: the run was stopped before it used its CPU limit.
bool wall_limited(const TimedSubmission& run) {
  return run.verdict == Verdict::kTimeLimitExceeded && run.slowest_ms < run.applied_limit_ms;
}

}  // namespace

EarlySafetyRun early_safety_run(const SessionOptions& session, std::int64_t safety_limit_ms,
                                double time_factor, const lang::Registry& registry,
                                sandbox::Sandbox& sandbox) {
  EarlySafetyRun early;
  SessionOptions options = session;
  options.wall_time_limit_ms = static_cast<std::int64_t>(
      std::ceil(kEarlyWallFactor * static_cast<double>(safety_limit_ms) * time_factor));
  early.run = try_time(options, safety_limit_ms, registry, sandbox, early.findings);
  return early;
}

TimeLimitStep derive_package_time_limit(const problem::Problem& problem,
                                        const std::vector<TimeLimitCandidate>& candidates,
                                        const lang::Registry& registry, const CoreRunner& runner) {
  TimeLimitStep step;
  std::vector<const TimeLimitCandidate*> lower_bounds;
  for (const TimeLimitCandidate& candidate : candidates) {
    if (candidate.lower_bound) lower_bounds.push_back(&candidate);
  }
  std::vector<std::optional<TimedSubmission>> timed(lower_bounds.size());
  std::vector<std::vector<Finding>> findings(lower_bounds.size());
  runner.run(lower_bounds.size(), [&](std::size_t i, sandbox::Sandbox& sandbox) {
    timed[i] =
        try_time(lower_bounds[i]->session, kGenerousTimeLimitMs, registry, sandbox, findings[i]);
  });
  std::vector<SubmissionTime> times;
  for (std::size_t i = 0; i < lower_bounds.size(); ++i) {
    for (Finding& finding : findings[i]) step.findings.push_back(std::move(finding));
    if (timed[i] && timed[i]->verdict == Verdict::kAccepted) {
      times.push_back({timed[i]->submission, timed[i]->slowest_test, timed[i]->slowest_ms});
    }
  }
  step.derived = derive_time_limit(times, time_limit_rule(problem.limits, problem.format));
  if (step.derived) {
    step.notes.push_back("time limit derived (the package gives none): " +
                         step.derived->explanation);
  } else {
    step.findings.push_back({Severity::kError, "time-limit", "",
                             "the package gives no time limit and no accepted submission got AC "
                             "within " +
                                 format_ms(kGenerousTimeLimitMs) +
                                 " to derive one from; add limits.time_limit to problem.yaml"});
  }
  return step;
}

std::int64_t safety_limit_ms(const problem::Problem& problem, std::int64_t limit_ms) {
  const TimeLimitRule rule = time_limit_rule(problem.limits, problem.format);
  return static_cast<std::int64_t>(
      std::ceil(static_cast<double>(limit_ms) * rule.time_limit_to_tle - 1e-6));
}

SafetyCheck safety_check(const TimeLimitCandidate& candidate, std::int64_t limit_ms,
                         std::int64_t safety_limit_ms, const lang::Registry& registry,
                         sandbox::Sandbox& sandbox, const EarlySafetyRun* early) {
  SafetyCheck check;
  if (!candidate.expected_failure) return check;
  std::optional<TimedSubmission> at_limit = candidate.at_limit;
  // verify's own run counts unless it was close to the limit (then three runs decide) or it
  // was a TLE of the wall clock, not of CPU time (a busy machine, not the submission).
  const bool cpu_tle = at_limit && at_limit->verdict == Verdict::kTimeLimitExceeded &&
                       at_limit->slowest_ms >= at_limit->applied_limit_ms;
  const bool wall_tle = at_limit && at_limit->verdict == Verdict::kTimeLimitExceeded && !cpu_tle;
  // A wall-clock TLE whose slowest test used under a quarter of its CPU limit was blocked
  // (waiting for input that never comes, sleeping): a busy machine slows a program down but does
  // not stop it using CPU time, so a run at the limit again would only wait as long once more.
  const bool blocked = wall_tle && at_limit->slowest_ms * 4 < at_limit->applied_limit_ms;
  bool run_at_limit = !at_limit || (wall_tle && !blocked) ||
                      (at_limit->runs < kRepeatedRuns &&
                       near_limit(at_limit->slowest_ms, at_limit->applied_limit_ms));
  // A run at the limit that no time limit stopped, far enough below it not to need repeated
  // runs, gets the same verdict with a larger limit: every test it ran ended on its own, and the
  // same tests end the same way given more time. Its safety run would only repeat it.
  if (at_limit && !run_at_limit && !at_limit->hit_time_limit &&
      !near_limit(at_limit->slowest_ms, at_limit->applied_limit_ms) &&
      at_limit->verdict != Verdict::kTimeLimitExceeded &&
      at_limit->verdict != Verdict::kInternalError && at_limit->verdict != Verdict::kJudgeError) {
    check.run = SafetyRun{at_limit->submission, at_limit->verdict, at_limit->slowest_ms,
                          at_limit->verdict, at_limit->slowest_ms};
    return check;
  }
  // A blocked run's safety run gets the wall limit `judge run` gives (kBlockedWallFactor x the
  // safety limit), not verify's generous one, which is there for busy machines.
  std::optional<TimedSubmission> at_safety;
  if (early != nullptr && (!early->run || blocked || !wall_limited(*early->run))) {
    at_safety = early->run;
    check.findings.insert(check.findings.end(), early->findings.begin(), early->findings.end());
  } else {
    SessionOptions safety_session = candidate.session;
    if (blocked) safety_session.wall_time_limit_ms = kBlockedWallFactor * safety_limit_ms;
    at_safety = try_time(safety_session, safety_limit_ms, registry, sandbox, check.findings);
  }
  if (!at_safety) return check;
  // A CPU-time TLE at the limit whose submission then used up all of the safety limit too is
  // far above the limit (unless the factor is below the near-limit band): the repeated runs at
  // the limit could not change its verdict, only cost three times the limit each.
  if (run_at_limit && cpu_tle && at_safety->verdict == Verdict::kTimeLimitExceeded &&
      at_safety->slowest_ms >= at_safety->applied_limit_ms &&
      !near_limit(at_safety->slowest_ms, at_limit->applied_limit_ms)) {
    run_at_limit = false;
  }
  if (run_at_limit) {
    at_limit = try_time(candidate.session, limit_ms, registry, sandbox, check.findings);
    if (!at_limit) return check;
  }
  check.run = SafetyRun{at_limit->submission, at_limit->verdict, at_limit->slowest_ms,
                        at_safety->verdict, at_safety->slowest_ms};
  return check;
}

TimeLimitStep summarize_safety(const problem::Problem& problem, std::int64_t limit_ms,
                               const std::vector<TimeLimitCandidate>& candidates,
                               std::vector<SafetyCheck> checks) {
  TimeLimitStep step;
  const TimeLimitRule rule = time_limit_rule(problem.limits, problem.format);
  const std::int64_t safety_ms = safety_limit_ms(problem, limit_ms);

  std::optional<SubmissionTime> slowest_accepted;
  for (const TimeLimitCandidate& candidate : candidates) {
    if (candidate.lower_bound && candidate.at_limit &&
        candidate.at_limit->verdict == Verdict::kAccepted &&
        (!slowest_accepted || candidate.at_limit->slowest_ms > slowest_accepted->time_ms)) {
      slowest_accepted =
          SubmissionTime{candidate.at_limit->submission, candidate.at_limit->slowest_test,
                         candidate.at_limit->slowest_ms};
    }
  }
  std::vector<SafetyRun> runs;
  for (SafetyCheck& check : checks) {
    for (Finding& finding : check.findings) step.findings.push_back(std::move(finding));
    if (check.run) runs.push_back(std::move(*check.run));
  }

  for (Finding& finding : sensitivity_findings(runs, limit_ms, safety_ms)) {
    step.findings.push_back(std::move(finding));
  }
  if (slowest_accepted) {
    if (const auto margin = time_margin(*slowest_accepted, runs)) {
      step.notes.push_back("time limit " + format_ms(limit_ms) + ", safety limit " +
                           format_ms(safety_ms) + ": " + margin->text);
      if (auto warning = margin_finding(*margin, rule)) step.findings.push_back(*warning);
    }
  }
  return step;
}

bool is_lower_bound(const Expectation& expected) {
  switch (expected.time_limit_use) {
    case TimeLimitUse::kLower:
      return true;
    case TimeLimitUse::kNo:
    case TimeLimitUse::kUpper:
      return false;
    case TimeLimitUse::kDefault:
      break;
  }
  if (expected.final_verdict) return !expected.final_verdict->contains(Verdict::kTimeLimitExceeded);
  return !expected.rule.permitted.contains(Verdict::kTimeLimitExceeded);
}

}  // namespace judge::verify
