// safety_check(): which failing submissions need a run at the safety limit, and which would only
// repeat verify's own run at the limit.
#include <catch2/catch.hpp>

#include "fake_sandbox.h"
#include "judge/verify/time_limit_check.h"

namespace judge::verify {
namespace {

// A failing submission as verify judged it at a 1 s limit; its solution file does not exist,
// so any run safety_check tries ends in a "cannot be judged" finding instead.
TimeLimitCandidate judged_failure(Verdict verdict, std::int64_t slowest_ms, bool hit_limit) {
  TimeLimitCandidate candidate;
  candidate.expected_failure = true;
  candidate.session.problem_dir = "/nonexistent-package";
  candidate.session.solution = "/nonexistent-package/submissions/wrong_answer/missing.py";
  TimedSubmission timed;
  timed.submission = "submissions/wrong_answer/missing.py";
  timed.verdict = verdict;
  timed.slowest_test = "secret/1";
  timed.slowest_ms = slowest_ms;
  timed.applied_limit_ms = 1000;
  timed.hit_time_limit = hit_limit;
  candidate.at_limit = timed;
  return candidate;
}

const lang::Registry& registry() {
  static const lang::Registry languages = lang::Registry::load(JUDGE_SOURCE_DIR "/languages");
  return languages;
}

TEST_CASE("a WA far below the limit keeps its verdict at the safety limit, without a run",
          "[verify]") {
  testing::FakeSandbox sandbox;
  const SafetyCheck check = safety_check(judged_failure(Verdict::kWrongAnswer, 100, false), 1000,
                                         2000, registry(), sandbox);
  CHECK(sandbox.specs.empty());
  CHECK(check.findings.empty());
  REQUIRE(check.run);
  CHECK(check.run->at_limit == Verdict::kWrongAnswer);
  CHECK(check.run->at_safety_limit == Verdict::kWrongAnswer);
  CHECK(check.run->time_at_safety_limit_ms == 100);
}

TEST_CASE("a failing run that a time limit stopped, or near the limit, is run again", "[verify]") {
  testing::FakeSandbox sandbox;
  // A WA after another test hit the wall limit; a WA at 900 ms of 1 s; a CPU TLE.
  for (const TimeLimitCandidate& candidate :
       {judged_failure(Verdict::kWrongAnswer, 100, true),
        judged_failure(Verdict::kWrongAnswer, 900, false),
        judged_failure(Verdict::kTimeLimitExceeded, 1000, true)}) {
    const SafetyCheck check = safety_check(candidate, 1000, 2000, registry(), sandbox);
    CHECK_FALSE(check.run);
    REQUIRE(check.findings.size() == 1);
    CHECK_THAT(check.findings[0].message, Catch::Contains("cannot be judged"));
  }
}

}  // namespace
}  // namespace judge::verify

namespace judge::verify {
namespace {

TimedSubmission safety_run(std::int64_t slowest_ms) {
  TimedSubmission run;
  run.submission = "submissions/wrong_answer/missing.py";
  run.verdict = Verdict::kTimeLimitExceeded;
  run.slowest_test = "secret/1";
  run.slowest_ms = slowest_ms;
  run.applied_limit_ms = 2000;
  return run;
}

TEST_CASE("an early safety run stands unless the wall clock stopped a computing submission",
          "[verify]") {
  testing::FakeSandbox sandbox;
  // Killed at its CPU limit: it stands, nothing more runs.
  EarlySafetyRun early{safety_run(2000), {}};
  SafetyCheck check = safety_check(judged_failure(Verdict::kTimeLimitExceeded, 1000, true), 1000,
                                   2000, registry(), sandbox, &early);
  CHECK(sandbox.specs.empty());
  REQUIRE(check.run);
  CHECK(check.run->at_safety_limit == Verdict::kTimeLimitExceeded);
  CHECK(check.run->time_at_safety_limit_ms == 2000);

  // Killed by the wall clock at 300 ms of CPU while its run at the limit used all of its CPU:
  // a busy machine, so the safety run is made again (here: "cannot be judged").
  early = EarlySafetyRun{safety_run(300), {}};
  check = safety_check(judged_failure(Verdict::kTimeLimitExceeded, 1000, true), 1000, 2000,
                       registry(), sandbox, &early);
  CHECK_FALSE(check.run);
  REQUIRE(check.findings.size() == 1);
  CHECK_THAT(check.findings[0].message, Catch::Contains("cannot be judged"));
}

}  // namespace
}  // namespace judge::verify
