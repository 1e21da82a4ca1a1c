// A run's init as the judge holds it: asked of the zygote (possibly a whole test ahead), waiting
// for its request, then running. Owns the run's cgroup and the judge's ends of the run's pipes.
// See "Inits started ahead" in the theory of operation (linux_sandbox.cc).
#pragma once

#include <sys/resource.h>
#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <string>

#include "sandbox/cgroup.h"
#include "sandbox/child_protocol.h"
#include "sandbox/private_tmpfs.h"
#include "sandbox/zygote_handle.h"
#include "util/unique_fd.h"

namespace judge::sandbox {

// What an init is made for before its request is known. Runs of the same shape are interchangeable
// until the request arrives.
struct InitShape {
  CgroupLimits cgroup;
  PrivateTmpfsSizes tmpfs;
  std::uint32_t flags = 0;  // RequestHeader flags
  // With kFlagEarlyBox: /box's contents (RunSpec::box_contents), mounted before the request.
  std::string early_box;

  bool operator==(const InitShape& other) const {
    return cgroup.memory_bytes == other.cgroup.memory_bytes &&
           cgroup.max_processes == other.cgroup.max_processes &&
           tmpfs.box_bytes == other.tmpfs.box_bytes && tmpfs.tmp_bytes == other.tmpfs.tmp_bytes &&
           flags == other.flags && early_box == other.early_box;
  }
};

class StartedInit {
 public:
  // Creates the run's cgroup (with a backend) and the pipes, and asks the zygote for the init;
  // returns without waiting for the clone. `shape_request` is any request of this shape. Throws
  // InternalError.
  StartedInit(ZygoteHandle& zygote, CgroupBackend* cgroups, const InitShape& shape,
              const std::string& shape_request);
  // Kills the init if it is not reaped yet, reaps it, then removes the cgroup.
  ~StartedInit();
  StartedInit(const StartedInit&) = delete;
  StartedInit& operator=(const StartedInit&) = delete;

  const InitShape& shape() const { return shape_; }
  ZygoteHandle* zygote() const { return zygote_; }

  // Waits for the zygote's answer (only the first call) and opens a pidfd. Throws InternalError.
  void collect();
  // Hands the init its run: the request, the program's stdin and, unless -1, a descriptor that
  // is the program's stdout instead of the pipe the judge reads (a pipe to another run). False
  // when the init is already gone (its status pipe says why). With `hand_back_box` the go socket
  // stays open for receive_box().
  bool start(const std::string& request, int stdin_fd, int stdout_fd, bool hand_back_box);
  // After the init's report of a run with hand_back_box: the run's /box it sent, or an invalid fd.
  UniqueFd receive_box();
  // The init's report once read (see LinuxSandbox::read_report).
  bool has_report() const { return has_report_; }
  const ChildRecord& report() const { return report_; }
  void keep_report(const ChildRecord& record) {
    report_ = record;
    has_report_ = true;
  }
  // SIGKILLs the init (unless reaped). After its report an init waits to be killed.
  void kill();
  // Kills the init, waits for its exit and reaps it: its rusage covers every process of the run.
  rusage wait_for_exit();

  pid_t pid() const { return pid_; }
  int pidfd() const { return pidfd_.get(); }
  int stdout_fd() const { return stdout_read_.get(); }
  int stderr_fd() const { return stderr_read_.get(); }
  int status_fd() const { return status_read_.get(); }
  RunCgroup* cgroup() const { return cgroup_.get(); }

 private:
  ZygoteHandle* zygote_;
  InitShape shape_;
  std::unique_ptr<RunCgroup> cgroup_;
  UniqueFd stdout_read_, stderr_read_, status_read_, go_;
  UniqueFd pidfd_;
  pid_t pid_ = -1;
  bool awaiting_zygote_ = false;
  bool reaped_ = false;
  ChildRecord report_{};
  bool has_report_ = false;
};

}  // namespace judge::sandbox
