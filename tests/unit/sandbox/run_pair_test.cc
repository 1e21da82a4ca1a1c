// Two connected runs (Sandbox::run_pair): the wiring, who ended first, the partner stopped, and
// each run's own limits and figures.
#include <catch2/catch.hpp>
#include <csignal>
#include <memory>
#include <string>

#include "sandbox/sandbox.h"
#include "sandbox_fixture.h"

using namespace judge::sandbox;
using namespace sandbox_fixture;

namespace {

RunSpec quick_shell(const std::string& script, const Scratch& scratch) {
  RunSpec spec = shell(script, scratch);
  spec.limits.cpu_time_ms = 2000;
  spec.limits.wall_time_ms = 3000;
  return spec;
}

}  // namespace

TEST_CASE("run_pair: each program's stdout is the other's stdin", "[sandbox][pair]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  // a asks, b answers twice its number, a checks and exits 0 only if the answer came back.
  const RunSpec a = quick_shell("echo 21; read x; [ \"$x\" = 42 ] && exit 0; exit 5", scratch);
  const RunSpec b = quick_shell("read n; echo $((n * 2)); exit 42", scratch);
  const PairResult result = shared_sandbox()->run_pair(a, b, {{42}});
  REQUIRE(result.a.termination == Termination::kExited);
  CHECK(result.a.exit_code == 0);
  REQUIRE(result.b.termination == Termination::kExited);
  CHECK(result.b.exit_code == 42);
  CHECK_FALSE(result.a_stopped_after_b);
  CHECK(result.a.stdout_bytes == 0);  // nothing of a pair's stdout passes through the judge
}

TEST_CASE("run_pair: b ending first with a code not listed stops a at once", "[sandbox][pair]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  const RunSpec a = quick_shell("while :; do :; done", scratch);
  const RunSpec b = quick_shell("exit 43", scratch);
  const PairResult result = shared_sandbox()->run_pair(a, b, {{42}});
  CHECK(result.b_ended_first);
  CHECK(result.a_stopped_after_b);
  CHECK(result.a.termination == Termination::kSignaled);
  CHECK(result.a.signal == SIGKILL);
  CHECK_FALSE(result.a.cpu_limit_exceeded);
  CHECK(result.a.wall_time_us < 1'500'000);
}

TEST_CASE("run_pair: b ending with a listed code lets a run into its own limit",
          "[sandbox][pair]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  RunSpec a = quick_shell("while :; do :; done", scratch);
  // Long enough for b's shell to start and end first, even under emulation on a busy host.
  a.limits.cpu_time_ms = 1000;
  const RunSpec b = quick_shell("exit 42", scratch);
  const PairResult result = shared_sandbox()->run_pair(a, b, {{42}});
  CHECK(result.b_ended_first);
  CHECK_FALSE(result.a_stopped_after_b);
  CHECK(result.a.cpu_limit_exceeded);
  CHECK(result.b.exit_code == 42);
}

TEST_CASE("run_pair: a deadlock ends at the wall limit, not never", "[sandbox][pair]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  // Both wait to read first: neither ever writes.
  RunSpec a = quick_shell("read x", scratch);
  a.limits.wall_time_ms = 500;
  RunSpec b = quick_shell("read y; exit 42", scratch);
  b.limits.wall_time_ms = 5000;
  const PairResult result = shared_sandbox()->run_pair(a, b, {{42}});
  CHECK(result.a.wall_limit_exceeded);
  CHECK_FALSE(result.b_ended_first);
  // a's end closed b's stdin: b read EOF and ended by itself, long before its own limit.
  CHECK(result.b.termination == Termination::kExited);
  CHECK(result.b.wall_time_us < 3'000'000);
}

TEST_CASE("run_pair: a run that cannot start is a setup failure, the other one ends",
          "[sandbox][pair]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  RunSpec a = quick_shell("read x", scratch);
  a.argv = {"/nonexistent/program"};
  const RunSpec b = quick_shell("read y; exit 42", scratch);
  const PairResult result = shared_sandbox()->run_pair(a, b, {{42}});
  CHECK(result.a.termination == Termination::kSetupFailed);
  CHECK(result.a.setup_error.find("exec") != std::string::npos);
  CHECK(result.b.termination == Termination::kExited);
}

TEST_CASE("run_pair: the rlimit fallback connects and measures the two runs too",
          "[sandbox][pair]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  SandboxOptions options;
  options.force_backend = "rlimit";
  const std::unique_ptr<Sandbox> fallback = make_sandbox(options);
  const RunSpec a = quick_shell("echo 21; read x; [ \"$x\" = 42 ] && exit 0; exit 5", scratch);
  const RunSpec b = quick_shell("read n; echo $((n * 2)); exit 42", scratch);
  const PairResult result = fallback->run_pair(a, b, {{42}});
  CHECK(result.a.backend == "rlimit");
  REQUIRE(result.a.termination == Termination::kExited);
  CHECK(result.a.exit_code == 0);
  CHECK(result.b.exit_code == 42);
}
