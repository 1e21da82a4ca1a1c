// The verdict of an interactive test for every ordering of the two programs' ends, the
// validator's exit codes under both protocols, and the multi-pass rules.
#include <catch2/catch.hpp>
#include <csignal>

#include "judge/classify_interactive.h"

using namespace judge;
using sandbox::RunResult;
using sandbox::Termination;

namespace {

RunResult exited(int code) {
  RunResult run;
  run.termination = Termination::kExited;
  run.exit_code = code;
  run.cpu_time_us = 10'000;
  return run;
}

RunResult signaled(int signal) {
  RunResult run;
  run.termination = Termination::kSignaled;
  run.signal = signal;
  return run;
}

RunResult timed_out() {
  RunResult run = signaled(SIGKILL);
  run.wall_limit_exceeded = true;
  return run;
}

RunResult over_cpu() {
  RunResult run = signaled(SIGKILL);
  run.cpu_limit_exceeded = true;
  run.cpu_time_us = 1'100'000;
  return run;
}

AppliedLimits limits() {
  AppliedLimits applied;
  applied.time_limit_ms = 1000;
  applied.wall_time_limit_ms = 3000;
  applied.memory_bytes = 256 << 20;
  return applied;
}

const sandbox::Limits kValidatorLimits{};

Classification kattis(const RunResult& validator) {
  return validator_verdict(validator, kValidatorLimits, ValidatorProtocol::kKattis);
}

Verdict interactive(const RunResult& submission, const RunResult& validator, bool validator_first) {
  return classify_interactive(submission, limits(), {}, kattis(validator), validator_first).verdict;
}

}  // namespace

TEST_CASE("Kattis validator exit codes", "[classify][interactive]") {
  CHECK(kattis(exited(42)).verdict == Verdict::kAccepted);
  CHECK(kattis(exited(43)).verdict == Verdict::kWrongAnswer);
  CHECK(kattis(exited(0)).verdict == Verdict::kJudgeError);
  CHECK(kattis(exited(1)).verdict == Verdict::kJudgeError);
  CHECK(kattis(signaled(SIGSEGV)).verdict == Verdict::kJudgeError);
  CHECK(kattis(signaled(SIGSEGV)).message.find("SIGSEGV") != std::string::npos);
  RunResult slow = exited(42);
  slow.wall_limit_exceeded = true;  // a verdict given after the limit does not count
  CHECK(kattis(slow).verdict == Verdict::kJudgeError);
  RunResult setup;
  setup.setup_error = "clone: EPERM";
  CHECK(kattis(setup).verdict == Verdict::kJudgeError);
}

TEST_CASE("testlib validator exit codes", "[classify][interactive][testlib]") {
  const auto testlib = [](int code) {
    return validator_verdict(exited(code), kValidatorLimits, ValidatorProtocol::kTestlib);
  };
  CHECK(testlib(0).verdict == Verdict::kAccepted);
  CHECK(testlib(1).verdict == Verdict::kWrongAnswer);
  CHECK(testlib(2).verdict == Verdict::kWrongAnswer);
  CHECK(testlib(2).message == "presentation error");
  CHECK(testlib(3).verdict == Verdict::kJudgeError);
  CHECK(testlib(3).message.find("FAIL") != std::string::npos);
  CHECK(testlib(7).verdict == Verdict::kAccepted);
  CHECK(testlib(42).verdict == Verdict::kJudgeError);
  CHECK(testlib(4).verdict == Verdict::kJudgeError);
}

TEST_CASE("interactive: a broken validator is JE whatever the submission did",
          "[classify][interactive]") {
  CHECK(interactive(exited(0), exited(1), true) == Verdict::kJudgeError);
  CHECK(interactive(exited(0), exited(1), false) == Verdict::kJudgeError);
  CHECK(interactive(timed_out(), signaled(SIGSEGV), false) == Verdict::kJudgeError);
  CHECK(interactive(signaled(SIGSEGV), exited(0), false) == Verdict::kJudgeError);
}

TEST_CASE("interactive: the validator rejecting first is WA, even over TLE and RE",
          "[classify][interactive]") {
  CHECK(interactive(timed_out(), exited(43), true) == Verdict::kWrongAnswer);
  CHECK(interactive(over_cpu(), exited(43), true) == Verdict::kWrongAnswer);
  CHECK(interactive(signaled(SIGSEGV), exited(43), true) == Verdict::kWrongAnswer);
  CHECK(interactive(exited(3), exited(43), true) == Verdict::kWrongAnswer);
  CHECK(interactive(signaled(SIGPIPE), exited(43), true) == Verdict::kWrongAnswer);
}

TEST_CASE("interactive: when the submission ended first its own failure wins",
          "[classify][interactive]") {
  // The submission timed out (CPU or wall) or crashed first; the validator then read EOF and
  // rejected: the submission's failure is the verdict.
  CHECK(interactive(timed_out(), exited(43), false) == Verdict::kTimeLimitExceeded);
  CHECK(interactive(over_cpu(), exited(43), false) == Verdict::kTimeLimitExceeded);
  CHECK(interactive(signaled(SIGSEGV), exited(43), false) == Verdict::kRuntimeError);
  CHECK(interactive(exited(1), exited(43), false) == Verdict::kRuntimeError);
}

TEST_CASE("interactive: TLE comes before RE", "[classify][interactive]") {
  RunResult crashed_late = signaled(SIGSEGV);
  crashed_late.cpu_time_us = 1'500'000;  // over the CPU limit, then died
  CHECK(interactive(crashed_late, exited(42), true) == Verdict::kTimeLimitExceeded);
  CHECK(interactive(crashed_late, exited(42), false) == Verdict::kTimeLimitExceeded);
}

TEST_CASE("interactive: the validator accepting does not hide the submission's failure",
          "[classify][interactive]") {
  // Accepted, then the submission read past the end and died, or ran on into its limit.
  CHECK(interactive(exited(1), exited(42), true) == Verdict::kRuntimeError);
  CHECK(interactive(timed_out(), exited(42), true) == Verdict::kTimeLimitExceeded);
  CHECK(interactive(over_cpu(), exited(42), false) == Verdict::kTimeLimitExceeded);
}

TEST_CASE("interactive: a clean submission gets the validator's verdict",
          "[classify][interactive]") {
  CHECK(interactive(exited(0), exited(42), true) == Verdict::kAccepted);
  CHECK(interactive(exited(0), exited(42), false) == Verdict::kAccepted);
  CHECK(interactive(exited(0), exited(43), false) == Verdict::kWrongAnswer);
  CHECK(interactive(exited(0), exited(43), true) == Verdict::kWrongAnswer);
}

TEST_CASE("interactive: a submission that could not start is IE", "[classify][interactive]") {
  RunResult setup;
  setup.setup_error = "exec: ENOENT";
  CHECK(interactive(setup, exited(43), true) == Verdict::kInternalError);
  CHECK(interactive(setup, exited(1), false) == Verdict::kInternalError);
}

TEST_CASE("multi-pass: nextpass.in with exit 42 asks for another pass", "[classify][multipass]") {
  const Classification ac{Verdict::kAccepted, ""};
  const Classification wa{Verdict::kWrongAnswer, "no"};
  CHECK(decide_after_pass(ac, true, 42, 1, 2, true).another_pass);
  CHECK_FALSE(decide_after_pass(ac, false, 42, 1, 2, true).another_pass);
  CHECK(decide_after_pass(ac, false, 42, 1, 2, true).verdict.verdict == Verdict::kAccepted);
  // Over the limit of passes.
  const PassDecision too_many = decide_after_pass(ac, true, 42, 2, 2, true);
  CHECK_FALSE(too_many.another_pass);
  CHECK(too_many.verdict.verdict == Verdict::kJudgeError);
  // nextpass.in is only valid with 42.
  CHECK(decide_after_pass(wa, true, 43, 1, 2, true).verdict.verdict == Verdict::kJudgeError);
  // The submission failed: its verdict, nextpass.in or not (the validator did not run).
  const Classification tle{Verdict::kTimeLimitExceeded, ""};
  CHECK(decide_after_pass(tle, false, -1, 1, 2, true).verdict.verdict ==
        Verdict::kTimeLimitExceeded);
  CHECK(decide_after_pass(wa, false, 43, 1, 2, true).verdict.verdict == Verdict::kWrongAnswer);
  // Not a multi-pass problem: nextpass.in means nothing.
  CHECK_FALSE(decide_after_pass(ac, true, 42, 1, 2, false).another_pass);
  CHECK(decide_after_pass(ac, true, 42, 1, 2, false).verdict.verdict == Verdict::kAccepted);
}

TEST_CASE("interactive: a crash just after the validator's end still ended first",
          "[classify][interactive]") {
  sandbox::PairResult pair;
  pair.b = exited(43);
  pair.b_ended_first = true;
  // The submission crashed; its init was seen 3 ms after the validator's, which read EOF.
  pair.a = signaled(SIGSEGV);
  pair.end_gap_ns = 3'000'000;
  CHECK_FALSE(validator_ended_first(pair));
  // Long after the validator's end, the crash came after the validator's rejection.
  pair.end_gap_ns = kCrashTieNs + 1;
  CHECK(validator_ended_first(pair));
  // SIGPIPE, a limit or the judge's own kill are caused by the validator's end: still first.
  pair.end_gap_ns = 3'000'000;
  pair.a = signaled(SIGPIPE);
  CHECK(validator_ended_first(pair));
  pair.a = timed_out();
  CHECK(validator_ended_first(pair));
  pair.a = signaled(SIGKILL);
  pair.a_stopped_after_b = true;
  CHECK(validator_ended_first(pair));
  // The judge stopping a run whose program had already crashed does not make the crash its own.
  pair.a = signaled(SIGSEGV);
  CHECK_FALSE(validator_ended_first(pair));
  // The submission's end seen first is never the validator's.
  pair.b_ended_first = false;
  pair.a_stopped_after_b = false;
  pair.a = exited(0);
  CHECK_FALSE(validator_ended_first(pair));
}
