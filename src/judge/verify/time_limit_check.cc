#include "judge/verify/time_limit_check.h"

#include <cmath>

#include "judge/verify/run_time_limit.h"
#include "util/error.h"

namespace judge::verify {

namespace fs = std::filesystem;

namespace {

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

}  // namespace

TimeLimitStep derive_package_time_limit(const problem::Problem& problem,
                                        const std::vector<TimeLimitCandidate>& candidates,
                                        const lang::Registry& registry, sandbox::Sandbox& sandbox) {
  TimeLimitStep step;
  std::vector<SubmissionTime> times;
  for (const TimeLimitCandidate& candidate : candidates) {
    if (!candidate.lower_bound) continue;
    const auto timed =
        try_time(candidate.session, kGenerousTimeLimitMs, registry, sandbox, step.findings);
    if (timed && timed->verdict == Verdict::kAccepted) {
      times.push_back({timed->submission, timed->slowest_test, timed->slowest_ms});
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

TimeLimitStep check_time_limit_safety(const problem::Problem& problem, std::int64_t limit_ms,
                                      const std::vector<TimeLimitCandidate>& candidates,
                                      const lang::Registry& registry, sandbox::Sandbox& sandbox) {
  TimeLimitStep step;
  const TimeLimitRule rule = time_limit_rule(problem.limits, problem.format);
  const auto safety_limit_ms = static_cast<std::int64_t>(
      std::ceil(static_cast<double>(limit_ms) * rule.time_limit_to_tle - 1e-6));

  std::optional<SubmissionTime> slowest_accepted;
  std::vector<SafetyRun> runs;
  for (const TimeLimitCandidate& candidate : candidates) {
    if (candidate.lower_bound && candidate.at_limit &&
        candidate.at_limit->verdict == Verdict::kAccepted &&
        (!slowest_accepted || candidate.at_limit->slowest_ms > slowest_accepted->time_ms)) {
      slowest_accepted =
          SubmissionTime{candidate.at_limit->submission, candidate.at_limit->slowest_test,
                         candidate.at_limit->slowest_ms};
    }
    if (!candidate.expected_failure) continue;
    std::optional<TimedSubmission> at_limit = candidate.at_limit;
    // verify's own run counts unless it was close to the limit (then three runs decide) or it
    // was a TLE of the wall clock, not of CPU time (a busy machine, not the submission).
    const bool wall_tle = at_limit && at_limit->verdict == Verdict::kTimeLimitExceeded &&
                          at_limit->slowest_ms < at_limit->applied_limit_ms;
    if (!at_limit || wall_tle ||
        (at_limit->runs < kRepeatedRuns &&
         near_limit(at_limit->slowest_ms, at_limit->applied_limit_ms))) {
      at_limit = try_time(candidate.session, limit_ms, registry, sandbox, step.findings);
    }
    if (!at_limit) continue;
    const auto at_safety =
        try_time(candidate.session, safety_limit_ms, registry, sandbox, step.findings);
    if (!at_safety) continue;
    runs.push_back({at_limit->submission, at_limit->verdict, at_limit->slowest_ms,
                    at_safety->verdict, at_safety->slowest_ms});
  }

  for (Finding& finding : sensitivity_findings(runs, limit_ms, safety_limit_ms)) {
    step.findings.push_back(std::move(finding));
  }
  if (slowest_accepted) {
    if (const auto margin = time_margin(*slowest_accepted, runs)) {
      step.notes.push_back("time limit " + format_ms(limit_ms) + ", safety limit " +
                           format_ms(safety_limit_ms) + ": " + margin->text);
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
