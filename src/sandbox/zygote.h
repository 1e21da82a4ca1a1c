// The zygote: a long-lived clone of the judge inside the run's user, mount, network, IPC and UTS
// namespaces, holding the prepared read-only root. For each program to run it clones a fresh
// init (new pid, mount and IPC namespaces) as a sibling of itself, so the judge is its parent.
// See the theory of operation in linux_sandbox.cc.
#pragma once

#include <linux/filter.h>
#include <sched.h>
#include <sys/types.h>

#include <cstddef>
#include <cstdint>

namespace judge::sandbox {

inline constexpr unsigned kSandboxUidInside = 1000;  // the program's uid and gid inside

// Everything the zygote needs, prepared by the judge before clone (the zygote only reads it).
struct ZygoteConfig {
  pid_t judge_pid = 0;
  bool root_mode = false;  // the judge is root: inside uid 0 exists and setgroups is allowed
  uid_t owner_uid = 0;     // root mode: the unprivileged host uid that creates the namespaces
  gid_t owner_gid = 0;
  int socket_fd = -1;  // requests in, replies out (SOCK_SEQPACKET)
  int sync_fd = -1;    // read end: the judge writes one byte once the uid/gid maps are set
  // Write end: a ChildRecord on failure; else a kFinished record once the namespaces exist (the
  // judge then writes the maps), and another once the root is built.
  int status_fd = -1;

  const char* const* readonly_paths = nullptr;  // host paths bound read-only at the same place
  std::size_t readonly_count = 0;
  const char* etc_passwd = nullptr;
  const char* etc_group = nullptr;

  // The judge's command line and environment in memory ([start, end) from /proc/self/stat). The
  // zygote blanks its copy, so a program reading /proc/1/cmdline or environ of its run's init
  // learns nothing of the judge's paths or variables.
  char* args_start = nullptr;
  char* args_end = nullptr;
  char* env_start = nullptr;
  char* env_end = nullptr;

  // The judge's CPU affinity, which every program gets back before exec (its init is pinned to
  // one CPU for a quick start).
  cpu_set_t cpus{};
  bool has_cpus = false;

  const sock_filter* seccomp_filter = nullptr;
  std::size_t seccomp_length = 0;
  bool seccomp_notify = false;  // denied syscalls go to the run's init, which names them
};

struct ZygoteReply {
  std::int32_t pid;    // the run's init, as the judge sees it; 0 on failure
  std::int32_t error;  // errno of the failed clone
  std::int32_t step;   // Step of the failure
};

// The zygote's body. Never returns.
[[noreturn]] void zygote_main(const ZygoteConfig& config);

}  // namespace judge::sandbox
