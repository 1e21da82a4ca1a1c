// The judge's side of a zygote: starts it (clone into new namespaces, uid/gid maps, wait until
// the root is built), sends it one request per run and stops it.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

#include "sandbox/seccomp_policy.h"
#include "util/unique_fd.h"

namespace judge::sandbox {

struct ZygoteSetup {
  std::vector<std::string> readonly_paths;  // host paths bound read-only at the same place
  SeccompProgram seccomp;
  bool seccomp_notify = false;
  unsigned host_uid = 0;  // the host uid/gid that the program's inside uid 1000 maps to
  unsigned host_gid = 0;
};

class ZygoteHandle {
 public:
  // Throws InternalError with the failing step ("pivot_root: Operation not permitted").
  explicit ZygoteHandle(const ZygoteSetup& setup);
  ~ZygoteHandle();
  ZygoteHandle(const ZygoteHandle&) = delete;
  ZygoteHandle& operator=(const ZygoteHandle&) = delete;

  // Asks for a new run init with these descriptors (see run_init.h for their order). Returns its
  // pid (a child of this process) or throws InternalError.
  pid_t spawn(const std::string& request, const int* fds);

 private:
  pid_t pid_ = -1;
  UniqueFd socket_;
};

}  // namespace judge::sandbox
