#include "judge/classify.h"

#include <csignal>

#include <catch2/catch.hpp>

namespace judge {
namespace {

using sandbox::RunResult;
using sandbox::Termination;

constexpr std::int64_t kMiB = 1024 * 1024;

AppliedLimits two_second_limits() {
  AppliedLimits limits;
  limits.time_limit_ms = 2000;
  limits.wall_time_limit_ms = 6000;
  limits.memory_bytes = 256 * kMiB;
  limits.output_bytes = 64 * kMiB;
  return limits;
}

RunResult clean_exit() {
  RunResult run;
  run.termination = Termination::kExited;
  run.exit_code = 0;
  run.cpu_time_us = 500'000;
  run.wall_time_us = 600'000;
  run.peak_memory_bytes = 10 * kMiB;
  return run;
}

RunResult signaled(int signal) {
  RunResult run = clean_exit();
  run.termination = Termination::kSignaled;
  run.signal = signal;
  return run;
}

RunResult exited(int code) {
  RunResult run = clean_exit();
  run.exit_code = code;
  return run;
}

TEST_CASE("a clean run is AC with no message", "[classify]") {
  const Classification c = classify(clean_exit(), two_second_limits());
  CHECK(c.verdict == Verdict::kAccepted);
  CHECK(c.message.empty());
}

TEST_CASE("setup failure is IE and carries the sandbox's reason", "[classify]") {
  RunResult run;
  run.termination = Termination::kSetupFailed;
  run.setup_error = "mount(/usr): Permission denied";
  run.cpu_limit_exceeded = true;  // IE wins over everything else
  const Classification c = classify(run, two_second_limits());
  CHECK(c.verdict == Verdict::kInternalError);
  CHECK(c.message == "mount(/usr): Permission denied");

  run.setup_error.clear();
  CHECK(classify(run, two_second_limits()).message == "sandbox setup failed");
}

TEST_CASE("TLE from CPU time", "[classify]") {
  SECTION("the sandbox flagged the CPU limit") {
    RunResult run = signaled(SIGKILL);
    run.cpu_time_us = 2'013'000;
    run.cpu_limit_exceeded = true;
    const Classification c = classify(run, two_second_limits());
    CHECK(c.verdict == Verdict::kTimeLimitExceeded);
    CHECK(c.message == "CPU time 2.013 s over the limit of 2 s");
  }
  SECTION("measured CPU time is over the limit although nothing was flagged") {
    RunResult run = clean_exit();
    run.cpu_time_us = 2'000'001;
    const Classification c = classify(run, two_second_limits());
    CHECK(c.verdict == Verdict::kTimeLimitExceeded);
    CHECK(c.message == "CPU time 2.000 s over the limit of 2 s");
  }
  SECTION("exactly at the limit is not over it") {
    RunResult run = clean_exit();
    run.cpu_time_us = 2'000'000;
    CHECK(classify(run, two_second_limits()).verdict == Verdict::kAccepted);
  }
  SECTION("SIGXCPU (RLIMIT_CPU) is TLE, not a runtime error") {
    RunResult run = signaled(SIGXCPU);
    run.cpu_time_us = 2'100'000;
    const Classification c = classify(run, two_second_limits());
    CHECK(c.verdict == Verdict::kTimeLimitExceeded);
    CHECK(c.message == "CPU time 2.100 s over the limit of 2 s");
  }
  SECTION("fractional limits are shown without padding") {
    AppliedLimits limits = two_second_limits();
    limits.time_limit_ms = 1500;
    RunResult run = clean_exit();
    run.cpu_time_us = 1'750'000;
    CHECK(classify(run, limits).message == "CPU time 1.750 s over the limit of 1.5 s");
  }
}

TEST_CASE("TLE from wall time", "[classify]") {
  RunResult run = signaled(SIGKILL);
  run.cpu_time_us = 100'000;
  run.wall_time_us = 6'000'000;
  run.wall_limit_exceeded = true;
  const Classification c = classify(run, two_second_limits());
  CHECK(c.verdict == Verdict::kTimeLimitExceeded);
  CHECK(c.message == "wall time 6.000 s over the limit of 6 s");
}

TEST_CASE("MLE", "[classify]") {
  SECTION("the OOM killer fired") {
    RunResult run = signaled(SIGKILL);
    run.memory_limit_exceeded = true;
    run.peak_memory_bytes = 256 * kMiB;
    const Classification c = classify(run, two_second_limits());
    CHECK(c.verdict == Verdict::kMemoryLimitExceeded);
    CHECK(c.message == "memory limit 256 MiB reached (peak 256.0 MiB)");
  }
  SECTION("peak at the limit and a crash (failed allocation) is MLE") {
    RunResult run = signaled(SIGSEGV);
    run.peak_memory_bytes = 256 * kMiB;
    CHECK(classify(run, two_second_limits()).verdict == Verdict::kMemoryLimitExceeded);
    RunResult exit_one = exited(1);
    exit_one.peak_memory_bytes = 257 * kMiB;
    const Classification c = classify(exit_one, two_second_limits());
    CHECK(c.verdict == Verdict::kMemoryLimitExceeded);
    CHECK(c.message == "memory limit 256 MiB reached (peak 257.0 MiB)");
  }
  SECTION("peak at the limit but a clean exit is judged on the output") {
    RunResult run = clean_exit();
    run.peak_memory_bytes = 256 * kMiB;
    CHECK(classify(run, two_second_limits()).verdict == Verdict::kAccepted);
  }
  SECTION("peak just under the limit and a crash is a runtime error") {
    RunResult run = signaled(SIGSEGV);
    run.peak_memory_bytes = 256 * kMiB - 1;
    CHECK(classify(run, two_second_limits()).verdict == Verdict::kRuntimeError);
  }
  SECTION("limits that are not whole MiB are shown exactly") {
    AppliedLimits limits = two_second_limits();
    limits.memory_bytes = 640 * 1024;
    RunResult run = signaled(SIGKILL);
    run.memory_limit_exceeded = true;
    run.peak_memory_bytes = 640 * 1024;
    CHECK(classify(run, limits).message == "memory limit 640 KiB reached (peak 0.6 MiB)");
  }
}

TEST_CASE("OLE", "[classify]") {
  SECTION("the sandbox cut stdout") {
    RunResult run = signaled(SIGPIPE);
    run.output_limit_exceeded = true;
    run.stdout_bytes = 65 * kMiB;
    const Classification c = classify(run, two_second_limits());
    CHECK(c.verdict == Verdict::kOutputLimitExceeded);
    CHECK(c.message == "output limit 64 MiB exceeded (wrote 65.0 MiB)");
  }
  SECTION("SIGXFSZ from RLIMIT_FSIZE") {
    const Classification c = classify(signaled(SIGXFSZ), two_second_limits());
    CHECK(c.verdict == Verdict::kOutputLimitExceeded);
    CHECK(c.message == "file size limit exceeded (SIGXFSZ)");
  }
}

TEST_CASE("RE", "[classify]") {
  SECTION("a signal") {
    const Classification c = classify(signaled(SIGSEGV), two_second_limits());
    CHECK(c.verdict == Verdict::kRuntimeError);
    CHECK(c.message == "signal 11 (SIGSEGV)");
  }
  SECTION("a non-zero exit code") {
    const Classification c = classify(exited(3), two_second_limits());
    CHECK(c.verdict == Verdict::kRuntimeError);
    CHECK(c.message == "exit code 3");
  }
  SECTION("a forbidden system call names the call, not the SIGSYS") {
    RunResult run = signaled(SIGSYS);
    run.blocked_syscall = "ptrace";
    const Classification c = classify(run, two_second_limits());
    CHECK(c.verdict == Verdict::kRuntimeError);
    CHECK(c.message == "forbidden system call ptrace");
  }
  SECTION("a blocked call is RE even when the program then exits 0") {
    RunResult run = clean_exit();
    run.blocked_syscall = "socket";
    CHECK(classify(run, two_second_limits()).verdict == Verdict::kRuntimeError);
  }
  SECTION("a process-limit hit that led to a failure says so") {
    RunResult run = exited(1);
    run.process_limit_hit = true;
    const Classification c = classify(run, two_second_limits());
    CHECK(c.verdict == Verdict::kRuntimeError);
    CHECK(c.message == "exit code 1; process limit reached");
  }
  SECTION("a process-limit hit the program survived is not an error") {
    RunResult run = clean_exit();
    run.process_limit_hit = true;
    CHECK(classify(run, two_second_limits()).verdict == Verdict::kAccepted);
  }
}

TEST_CASE("precedence is IE > TLE > MLE > OLE > RE > AC", "[classify]") {
  RunResult everything = signaled(SIGSEGV);
  everything.blocked_syscall = "ptrace";
  everything.output_limit_exceeded = true;
  everything.memory_limit_exceeded = true;
  everything.wall_limit_exceeded = true;
  everything.cpu_limit_exceeded = true;
  everything.cpu_time_us = 3'000'000;
  const AppliedLimits limits = two_second_limits();

  CHECK(classify(everything, limits).verdict == Verdict::kTimeLimitExceeded);
  everything.cpu_limit_exceeded = false;
  everything.cpu_time_us = 1'000'000;
  // Wall TLE still beats MLE; the CPU message is not used when only wall was exceeded.
  CHECK(classify(everything, limits).message.rfind("wall time", 0) == 0);
  everything.wall_limit_exceeded = false;
  CHECK(classify(everything, limits).verdict == Verdict::kMemoryLimitExceeded);
  everything.memory_limit_exceeded = false;
  CHECK(classify(everything, limits).verdict == Verdict::kOutputLimitExceeded);
  everything.output_limit_exceeded = false;
  CHECK(classify(everything, limits).verdict == Verdict::kRuntimeError);
  everything.blocked_syscall.clear();
  everything.termination = Termination::kExited;
  everything.exit_code = 0;
  CHECK(classify(everything, limits).verdict == Verdict::kAccepted);
  everything.termination = Termination::kSetupFailed;
  everything.cpu_limit_exceeded = true;
  CHECK(classify(everything, limits).verdict == Verdict::kInternalError);
}

TEST_CASE("a limit of 0 (unlimited) never causes TLE or MLE by itself", "[classify]") {
  AppliedLimits unlimited;
  RunResult run = signaled(SIGSEGV);
  run.cpu_time_us = 100'000'000;
  run.peak_memory_bytes = 4096 * kMiB;
  CHECK(classify(run, unlimited).verdict == Verdict::kRuntimeError);
}

TEST_CASE("signal_name", "[classify]") {
  CHECK(signal_name(SIGSEGV) == "SIGSEGV");
  CHECK(signal_name(SIGKILL) == "SIGKILL");
  CHECK(signal_name(SIGABRT) == "SIGABRT");
  CHECK(signal_name(SIGFPE) == "SIGFPE");
  CHECK(signal_name(SIGSYS) == "SIGSYS");
  CHECK(signal_name(SIGXCPU) == "SIGXCPU");
  CHECK(signal_name(64) == "signal 64");
  CHECK(signal_name(0) == "signal 0");
  CHECK(signal_name(-1) == "signal -1");
  CHECK(signal_name(SIGRTMIN + 1) == "signal " + std::to_string(SIGRTMIN + 1));
}

TEST_CASE("describe_termination: one wording for exit codes and signals", "[classify]") {
  CHECK(describe_termination(signaled(SIGSEGV)) == "signal 11 (SIGSEGV)");
  RunResult exited;
  exited.termination = Termination::kExited;
  exited.exit_code = 3;
  CHECK(describe_termination(exited) == "exit code 3");
  CHECK(classify(exited, AppliedLimits{}).message == "exit code 3");
  CHECK(describe_termination(RunResult{}).empty());  // setup failed: nothing ran
}

}  // namespace
}  // namespace judge
