// The run's init (pid 1 of the run's own pid namespace) and the program's last steps before exec.
#pragma once

#include <cstddef>

#include "sandbox/zygote.h"
#include "sandbox/zygote_request.h"

namespace judge::sandbox {

// Descriptors the judge sends with each request, in this order.
enum RunFd : std::size_t {
  kRunFdStdin = 0,   // the program's stdin (a host file or /dev/null), read-only
  kRunFdStdout = 1,  // write end of the judge's stdout pipe
  kRunFdStderr = 2,  // write end of the judge's stderr pipe
  kRunFdStatus = 3,  // write end of the status pipe (ChildRecord)
  kRunFdGo = 4,      // read end: one byte once the judge has put the init into the run's cgroup
  kRunFdCount = 5,
};

[[noreturn]] void run_init(const ZygoteConfig& config, const DecodedRequest& request,
                           const int* fds);

}  // namespace judge::sandbox
