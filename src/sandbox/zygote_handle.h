// The judge's side of a zygote: starts it (clone into new namespaces, uid/gid maps, wait until
// the root is built), sends it one request per run and stops it.
#pragma once

#include <sys/types.h>

#include <cstddef>
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

  // Asks for a new run init with these descriptors (see run_init.h for their order) and returns
  // at once: the zygote clones while the judge goes on. Throws InternalError.
  void request_init(const std::string& request, const int* fds, std::size_t fd_count);
  // The pid (a child of this process) of the init asked for first of those not yet collected.
  // Throws InternalError when the zygote could not clone it.
  pid_t collect_init();

 private:
  pid_t pid_ = -1;
  UniqueFd socket_;
};

}  // namespace judge::sandbox
