#include "judge/verify/time_limit_derivation.h"

#include <catch2/catch.hpp>

namespace judge::verify {
namespace {

TimeLimitRule rule_2025(double ac = 2.0, double tle = 1.5, std::int64_t resolution_ms = 1000) {
  TimeLimitRule rule;
  rule.ac_to_time_limit = ac;
  rule.time_limit_to_tle = tle;
  rule.resolution_ms = resolution_ms;
  return rule;
}

TEST_CASE("rounding up to the time resolution", "[time-limit]") {
  CHECK(round_up_to_resolution(240, 1000) == 1000);
  CHECK(round_up_to_resolution(1000, 1000) == 1000);
  CHECK(round_up_to_resolution(1001, 1000) == 2000);
  CHECK(round_up_to_resolution(0, 1000) == 1000);  // at least one step
  CHECK(round_up_to_resolution(0, 100) == 100);
  CHECK(round_up_to_resolution(250, 100) == 300);
  // 0.1 s x 3 in binary is 300.00000000000006 ms: not a step more.
  CHECK(round_up_to_resolution(0.1 * 3 * 1000, 100) == 300);
  CHECK(round_up_to_resolution(1.1 * 1000, 100) == 1100);
  CHECK(round_up_to_resolution(7, 1) == 7);
}

TEST_CASE("the rule follows the package format", "[time-limit]") {
  problem::ProblemLimits limits;
  limits.ac_to_time_limit = 3;
  limits.time_limit_to_tle = 1.2;
  limits.time_resolution_s = 0.1;
  const TimeLimitRule modern = time_limit_rule(limits, problem::PackageFormat::k2025_09);
  CHECK(modern.ac_to_time_limit == 3);
  CHECK(modern.time_limit_to_tle == 1.2);
  CHECK(modern.resolution_ms == 100);
  CHECK_FALSE(modern.legacy);

  // Legacy: time_multiplier and time_safety_margin (loaded into the same fields), whole seconds.
  limits.ac_to_time_limit = 5;
  limits.time_limit_to_tle = 2;
  const TimeLimitRule legacy = time_limit_rule(limits, problem::PackageFormat::kLegacy);
  CHECK(legacy.resolution_ms == 1000);
  CHECK(legacy.legacy);
  CHECK(legacy.ac_to_time_limit == 5);

  limits.time_resolution_s = 0.0001;  // below a millisecond: one millisecond
  CHECK(time_limit_rule(limits, problem::PackageFormat::k2025_09).resolution_ms == 1);
}

TEST_CASE("the slowest lower-bound submission decides the limit", "[time-limit]") {
  const std::vector<SubmissionTime> times = {
      {"submissions/accepted/fast.cpp", "secret/01", 40},
      {"submissions/accepted/slow.py", "secret/07", 620},
      {"submissions/accepted/mid.java", "secret/02", 300},
  };
  const auto derived = derive_time_limit(times, rule_2025());
  REQUIRE(derived);
  CHECK(derived->slowest.submission == "submissions/accepted/slow.py");
  CHECK(derived->slowest.test == "secret/07");
  CHECK(derived->limit_ms == 2000);  // 620 x 2 = 1240 -> 2 s
  CHECK(derived->safety_limit_ms == 3000);
  CHECK(derived->explanation ==
        "slowest lower-bound submission submissions/accepted/slow.py took 620 ms on secret/07; x "
        "ac_to_time_limit 2 = 1.24 s, rounded up to time_resolution 1 s: time limit 2 s (safety "
        "limit x time_limit_to_tle 1.5 = 3 s)");
}

TEST_CASE("a fine resolution and other multipliers", "[time-limit]") {
  const std::vector<SubmissionTime> times = {{"a.cpp", "secret/1", 123}};
  const auto derived = derive_time_limit(times, rule_2025(3, 2, 100));
  REQUIRE(derived);
  CHECK(derived->limit_ms == 400);  // 369 -> 0.4 s
  CHECK(derived->safety_limit_ms == 800);
  CHECK(derived->explanation.find("x ac_to_time_limit 3 = 369 ms") != std::string::npos);
  CHECK(derived->explanation.find("time_resolution 100 ms: time limit 400 ms") !=
        std::string::npos);
}

TEST_CASE("legacy wording and whole seconds", "[time-limit]") {
  TimeLimitRule rule = rule_2025(5, 2, 1000);
  rule.legacy = true;
  const auto derived = derive_time_limit({{"submissions/accepted/a.c", "secret/big", 410}}, rule);
  REQUIRE(derived);
  CHECK(derived->limit_ms == 3000);  // 2050 ms -> 3 s
  CHECK(derived->safety_limit_ms == 6000);
  CHECK(derived->explanation.find("x time_multiplier 5 = 2.05 s") != std::string::npos);
  CHECK(derived->explanation.find("rounded up to whole seconds") != std::string::npos);
  CHECK(derived->explanation.find("time_safety_margin 2 = 6 s") != std::string::npos);
}

TEST_CASE("ties keep the first submission, and no submission gives no limit", "[time-limit]") {
  const auto derived = derive_time_limit(
      {{"first.cpp", "secret/1", 500}, {"second.cpp", "secret/2", 500}}, rule_2025());
  REQUIRE(derived);
  CHECK(derived->slowest.submission == "first.cpp");
  CHECK_FALSE(derive_time_limit({}, rule_2025()));
  // A submission too fast to measure still gets one resolution step.
  CHECK(derive_time_limit({{"a.cpp", "secret/1", 0}}, rule_2025())->limit_ms == 1000);
}

TEST_CASE("an exact multiple is not rounded a step further", "[time-limit]") {
  CHECK(derive_time_limit({{"a.cpp", "s", 500}}, rule_2025())->limit_ms == 1000);
  CHECK(derive_time_limit({{"a.cpp", "s", 501}}, rule_2025())->limit_ms == 2000);
  CHECK(derive_time_limit({{"a.cpp", "s", 1}}, rule_2025(1.1, 1.5, 1))->limit_ms == 2);
}

TEST_CASE("times as the reports write them", "[time-limit]") {
  CHECK(format_ms(0) == "0 ms");
  CHECK(format_ms(999) == "999 ms");
  CHECK(format_ms(1000) == "1 s");
  CHECK(format_ms(1500) == "1.5 s");
  CHECK(format_ms(1240) == "1.24 s");
  CHECK(format_ms(2005) == "2.005 s");
  CHECK(format_ms(60000) == "60 s");
}

TEST_CASE("only times near the limit are measured again", "[time-limit]") {
  CHECK(near_limit(1000, 1000));
  CHECK(near_limit(800, 1000));
  CHECK(near_limit(1200, 1000));
  CHECK_FALSE(near_limit(799, 1000));
  CHECK_FALSE(near_limit(1201, 1000));
  CHECK_FALSE(near_limit(50, 1000));
  CHECK_FALSE(near_limit(5, 0));
}

TEST_CASE("the median of repeated runs ignores one noisy run", "[time-limit]") {
  CHECK(median_ms({}) == 0);
  CHECK(median_ms({700}) == 700);
  CHECK(median_ms({700, 2900, 710}) == 710);
  CHECK(median_ms({2900, 700, 690}) == 700);
  CHECK(median_ms({100, 300}) == 200);
  CHECK(median_ms({400, 100, 300, 200}) == 250);
}

TEST_CASE("a verdict that changes between the two limits is reported with its times",
          "[time-limit]") {
  const std::vector<SafetyRun> runs = {
      {"submissions/time_limit_exceeded/spin.py", Verdict::kTimeLimitExceeded, 1000,
       Verdict::kTimeLimitExceeded, 1500},
      {"submissions/time_limit_exceeded/close.py", Verdict::kTimeLimitExceeded, 1000,
       Verdict::kAccepted, 1320},
      {"submissions/wrong_answer/wa.py", Verdict::kWrongAnswer, 20, Verdict::kWrongAnswer, 20},
  };
  const std::vector<Finding> findings = sensitivity_findings(runs, 1000, 1500);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].severity == Severity::kError);
  CHECK(findings[0].check == "time-limit");
  CHECK(findings[0].file == "submissions/time_limit_exceeded/close.py");
  CHECK(findings[0].message ==
        "sensitive to the time limit: TLE in 1 s at the limit 1 s, AC in 1.32 s at the safety "
        "limit 1.5 s");
  // A WA that turns into TLE with more time is sensitive too.
  CHECK(sensitivity_findings({{"x", Verdict::kWrongAnswer, 900, Verdict::kTimeLimitExceeded, 1500}},
                             1000, 1500)
            .size() == 1);
  CHECK(sensitivity_findings({}, 1000, 1500).empty());
}

TEST_CASE("the margin between the slowest AC and the fastest TLE", "[time-limit]") {
  const SubmissionTime slowest{"submissions/accepted/a.py", "secret/2", 100};
  const std::vector<SafetyRun> runs = {
      {"spin.py", Verdict::kTimeLimitExceeded, 1000, Verdict::kTimeLimitExceeded, 1500},
      {"close.py", Verdict::kTimeLimitExceeded, 1000, Verdict::kAccepted, 1320},
      {"wa.py", Verdict::kWrongAnswer, 5, Verdict::kWrongAnswer, 5},
  };
  const auto margin = time_margin(slowest, runs);
  REQUIRE(margin);
  CHECK(margin->fastest_tle == "close.py");
  CHECK(margin->fastest_tle_ms == 1320);
  CHECK_FALSE(margin->tle_time_is_lower_bound);
  CHECK(margin->ratio == Approx(13.2));
  CHECK(margin->text ==
        "slowest AC 100 ms (submissions/accepted/a.py), fastest TLE 1.32 s (close.py): margin "
        "13.2x");
  CHECK_FALSE(margin_finding(*margin, rule_2025()));  // 13.2 >= 2 x 1.5

  const SubmissionTime slow_ac{"submissions/accepted/b.py", "secret/2", 500};
  const auto tight = time_margin(slow_ac, runs);
  REQUIRE(tight);
  const auto warning = margin_finding(*tight, rule_2025());  // 2.64 < 3
  REQUIRE(warning);
  CHECK(warning->severity == Severity::kWarning);
  CHECK(warning->file == "close.py");
  CHECK(warning->message.find("only 2.64x slower") != std::string::npos);

  // Only TLE at both limits: its time is a lower bound, and the margin cannot be too small.
  const auto bound = time_margin(slow_ac, {runs[0]});
  REQUIRE(bound);
  CHECK(bound->tle_time_is_lower_bound);
  CHECK(bound->text.find("fastest TLE >= 1.5 s (spin.py): margin >= 3x") != std::string::npos);
  CHECK_FALSE(margin_finding(*bound, rule_2025()));

  CHECK_FALSE(time_margin(slowest, {runs[2]}));  // nothing gets TLE

  // A blocked TLE (7 ms of CPU, stopped by the wall clock) says nothing of speed.
  const SafetyRun blocked{
      "sleep_forever.c", Verdict::kTimeLimitExceeded, 7, Verdict::kTimeLimitExceeded, 7, true};
  CHECK_FALSE(time_margin(slowest, {blocked}));
  const auto with_blocked = time_margin(slowest, {blocked, runs[1]});
  REQUIRE(with_blocked);
  CHECK(with_blocked->fastest_tle == "close.py");
}

}  // namespace
}  // namespace judge::verify
