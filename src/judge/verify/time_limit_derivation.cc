#include "judge/verify/time_limit_derivation.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace judge::verify {

namespace {

// Binary noise (0.1 s x 3 = 300.00000000000006 ms) must not add a whole resolution step.
constexpr double kEpsilon = 1e-6;
// A time this close to a limit (as a share of it) is measured again before it decides anything.
constexpr double kNearLimitShare = 0.2;

std::string format_factor(double factor) {
  std::ostringstream out;
  out << factor;
  return out.str();
}

bool is_tle(Verdict verdict) {
  return verdict == Verdict::kTimeLimitExceeded;
}

}  // namespace

TimeLimitRule time_limit_rule(const problem::ProblemLimits& limits, problem::PackageFormat format) {
  TimeLimitRule rule;
  rule.ac_to_time_limit = limits.ac_to_time_limit;
  rule.time_limit_to_tle = limits.time_limit_to_tle;
  rule.legacy = format != problem::PackageFormat::k2025_09;
  // Legacy packages have no time_resolution: their judges give whole seconds.
  rule.resolution_ms =
      rule.legacy
          ? 1000
          : std::max<std::int64_t>(
                1, static_cast<std::int64_t>(std::llround(limits.time_resolution_s * 1000)));
  return rule;
}

std::int64_t round_up_to_resolution(double time_ms, std::int64_t resolution_ms) {
  const double steps = std::ceil(time_ms / static_cast<double>(resolution_ms) - kEpsilon);
  return std::max<std::int64_t>(1, static_cast<std::int64_t>(steps)) * resolution_ms;
}

std::string format_ms(std::int64_t ms) {
  if (ms < 1000) return std::to_string(ms) + " ms";
  std::string seconds = std::to_string(ms / 1000);
  if (ms % 1000 != 0) {
    std::string fraction = std::to_string(1000 + ms % 1000).substr(1);
    while (fraction.back() == '0') fraction.pop_back();
    seconds += "." + fraction;
  }
  return seconds + " s";
}

std::optional<DerivedTimeLimit> derive_time_limit(const std::vector<SubmissionTime>& times,
                                                  const TimeLimitRule& rule) {
  if (times.empty()) return std::nullopt;
  // The first of equally slow submissions decides, so the explanation does not depend on
  // which of them happened to finish last.
  const auto slowest = std::max_element(
      times.begin(), times.end(),
      [](const SubmissionTime& a, const SubmissionTime& b) { return a.time_ms < b.time_ms; });
  DerivedTimeLimit derived;
  derived.slowest = *slowest;
  const double exact_ms = static_cast<double>(slowest->time_ms) * rule.ac_to_time_limit;
  derived.limit_ms = round_up_to_resolution(exact_ms, rule.resolution_ms);
  derived.safety_limit_ms = static_cast<std::int64_t>(
      std::ceil(static_cast<double>(derived.limit_ms) * rule.time_limit_to_tle - kEpsilon));

  const std::string multiplier = rule.legacy ? "time_multiplier" : "ac_to_time_limit";
  const std::string margin = rule.legacy ? "time_safety_margin" : "time_limit_to_tle";
  const std::string resolution =
      rule.legacy ? "whole seconds" : "time_resolution " + format_ms(rule.resolution_ms);
  std::ostringstream text;
  text << "slowest lower-bound submission " << slowest->submission << " took "
       << format_ms(slowest->time_ms) << " on " << slowest->test << "; x " << multiplier << " "
       << format_factor(rule.ac_to_time_limit) << " = "
       << format_ms(static_cast<std::int64_t>(std::ceil(exact_ms - kEpsilon))) << ", rounded up to "
       << resolution << ": time limit " << format_ms(derived.limit_ms) << " (safety limit x "
       << margin << " " << format_factor(rule.time_limit_to_tle) << " = "
       << format_ms(derived.safety_limit_ms) << ")";
  derived.explanation = text.str();
  return derived;
}

bool near_limit(std::int64_t time_ms, std::int64_t limit_ms) {
  if (limit_ms <= 0) return false;
  const double distance = std::abs(static_cast<double>(time_ms - limit_ms));
  return distance <= kNearLimitShare * static_cast<double>(limit_ms);
}

std::int64_t median_ms(std::vector<std::int64_t> times) {
  if (times.empty()) return 0;
  const auto middle = times.begin() + static_cast<std::ptrdiff_t>(times.size() / 2);
  std::nth_element(times.begin(), middle, times.end());
  if (times.size() % 2 == 1) return *middle;
  // Even count: the mean of the two middle times (the lower one is the largest of the first half).
  const std::int64_t lower = *std::max_element(times.begin(), middle);
  return (lower + *middle) / 2;
}

std::vector<Finding> sensitivity_findings(const std::vector<SafetyRun>& runs, std::int64_t limit_ms,
                                          std::int64_t safety_limit_ms) {
  std::vector<Finding> findings;
  for (const SafetyRun& run : runs) {
    if (run.at_limit == run.at_safety_limit) continue;
    std::ostringstream text;
    text << "sensitive to the time limit: " << short_name(run.at_limit) << " in "
         << format_ms(run.time_at_limit_ms) << " at the limit " << format_ms(limit_ms) << ", "
         << short_name(run.at_safety_limit) << " in " << format_ms(run.time_at_safety_limit_ms)
         << " at the safety limit " << format_ms(safety_limit_ms);
    findings.push_back({Severity::kError, "time-limit", run.submission, text.str()});
  }
  return findings;
}

std::optional<TimeMargin> time_margin(const SubmissionTime& slowest_accepted,
                                      const std::vector<SafetyRun>& runs) {
  const SafetyRun* fastest = nullptr;
  for (const SafetyRun& run : runs) {
    if (!is_tle(run.at_limit) || run.blocked) continue;
    if (fastest == nullptr || run.time_at_safety_limit_ms < fastest->time_at_safety_limit_ms) {
      fastest = &run;
    }
  }
  if (fastest == nullptr) return std::nullopt;
  TimeMargin margin;
  margin.slowest_accepted = slowest_accepted;
  margin.fastest_tle = fastest->submission;
  margin.fastest_tle_ms = fastest->time_at_safety_limit_ms;
  margin.tle_time_is_lower_bound = is_tle(fastest->at_safety_limit);
  margin.ratio = static_cast<double>(margin.fastest_tle_ms) /
                 static_cast<double>(std::max<std::int64_t>(1, slowest_accepted.time_ms));
  std::ostringstream text;
  text.precision(3);
  text << "slowest AC " << format_ms(slowest_accepted.time_ms) << " ("
       << slowest_accepted.submission << "), fastest TLE "
       << (margin.tle_time_is_lower_bound ? ">= " : "") << format_ms(margin.fastest_tle_ms) << " ("
       << margin.fastest_tle << "): margin " << (margin.tle_time_is_lower_bound ? ">= " : "")
       << margin.ratio << "x";
  margin.text = text.str();
  return margin;
}

std::optional<Finding> margin_finding(const TimeMargin& margin, const TimeLimitRule& rule) {
  const double required = rule.ac_to_time_limit * rule.time_limit_to_tle;
  if (margin.tle_time_is_lower_bound || margin.ratio >= required) return std::nullopt;
  std::ostringstream text;
  text.precision(3);
  text << "the fastest TLE submission is only " << margin.ratio
       << "x slower than the slowest AC one; a safe limit needs " << required << "x ("
       << (rule.legacy ? "time_multiplier x time_safety_margin"
                       : "ac_to_time_limit x time_limit_to_tle")
       << "): " << margin.text;
  return Finding{Severity::kWarning, "time-limit", margin.fastest_tle, text.str()};
}

}  // namespace judge::verify
