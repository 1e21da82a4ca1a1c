// Watches one run from the judge's side: drains stdout (into the output file, up to the output
// limit) and stderr, polls CPU time from the cgroup, enforces the CPU, wall and output limits by
// killing the run's init, until the init has reported (or died) and both streams are closed. It
// does not reap the init: that is the owner's business (StartedInit).
#pragma once

#include <sys/types.h>

#include <cstdint>

#include "sandbox/cgroup.h"
#include "sandbox/run_spec.h"

namespace judge::sandbox {

struct MonitoredRun {
  int pidfd;           // the run's init
  int status_fd;       // read end of the init's status pipe; readable once it has reported
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
  std::int64_t wall_time_us = 0;
  std::int64_t stdout_bytes = 0;
  std::string stderr_text;
  bool cpu_limit_exceeded = false;
  bool wall_limit_exceeded = false;
  bool output_limit_exceeded = false;
  std::int64_t killed_ns =
      0;  // CLOCK_MONOTONIC when a limit made the judge kill the run; 0 = never
};

// Blocks until the run is over. `started_ns` is CLOCK_MONOTONIC when the run began.
MonitorResult monitor_run(const MonitoredRun& run, const MonitorLimits& limits,
                          std::int64_t started_ns);

std::int64_t monotonic_ns();

}  // namespace judge::sandbox
