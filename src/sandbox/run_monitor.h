// Watches one run from the judge's side: drains stdout (into the output file, up to the output
// limit) and stderr, polls CPU time from the cgroup, enforces the CPU, wall and output limits by
// killing the run's init, and reaps it.
#pragma once

#include <sys/types.h>

#include <cstdint>

#include "sandbox/cgroup.h"
#include "sandbox/run_spec.h"

namespace judge::sandbox {

struct MonitoredRun {
  pid_t init_pid;
  int pidfd;
  int stdout_fd;       // read end
  int stderr_fd;       // read end
  int output_file_fd;  // where stdout goes; -1 = discard
  RunCgroup* cgroup;   // nullptr without a cgroup backend
};

struct MonitorLimits {
  std::int64_t cpu_time_us = 0;   // 0 = none
  std::int64_t wall_time_us = 0;  // 0 = none
  std::int64_t output_bytes = 0;
  std::int64_t stderr_bytes = 0;
};

struct MonitorResult {
  int init_wait_status = 0;
  std::int64_t init_cpu_time_us = 0;  // rusage of the init and everything it reaped
  std::int64_t init_max_rss_bytes = 0;
  std::int64_t wall_time_us = 0;
  std::int64_t stdout_bytes = 0;
  std::string stderr_text;
  bool cpu_limit_exceeded = false;
  bool wall_limit_exceeded = false;
  bool output_limit_exceeded = false;
};

// Blocks until the run is over and reaped. `started_ns` is CLOCK_MONOTONIC when the run began.
MonitorResult monitor_run(const MonitoredRun& run, const MonitorLimits& limits,
                          std::int64_t started_ns);

std::int64_t monotonic_ns();

}  // namespace judge::sandbox
