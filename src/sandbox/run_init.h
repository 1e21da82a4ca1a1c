// The run's init (pid 1 of the run's own pid namespace) and the program's last steps before exec.
#pragma once

#include <cstddef>

#include "sandbox/zygote.h"
#include "sandbox/zygote_request.h"

namespace judge::sandbox {

// Descriptors the judge sends with each spawn request, in this order.
enum RunFd : std::size_t {
  kRunFdStdout = 0,       // write end of the judge's stdout pipe
  kRunFdStderr = 1,       // write end of the judge's stderr pipe
  kRunFdStatus = 2,       // write end of the status pipe (ChildRecord)
  kRunFdGo = 3,           // SOCK_SEQPACKET: the run's request and its stdin arrive here
  kRunFdCgroupProcs = 4,  // first of up to kMaxCgroupProcsFds cgroup.procs files, opened by the
                          // judge for writing: the init moves itself into the run's cgroups
  kRunFdFixedCount = 4,
};
inline constexpr std::size_t kMaxCgroupProcsFds = 3;  // v1: memory, pids, cpuacct
inline constexpr std::size_t kMaxRunFds = kRunFdFixedCount + kMaxCgroupProcsFds;

// `spawn_request` gives the shape of the run (tmpfs size, flags); the run's own request (argv,
// binds, rlimits of the same shape) and its stdin come later, on the go socket.
[[noreturn]] void run_init(const ZygoteConfig& config, const DecodedRequest& spawn_request,
                           const int* fds, std::size_t fd_count);

}  // namespace judge::sandbox
