#include "sandbox/started_init.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <vector>

#include "sandbox/child_util.h"
#include "sandbox/run_init.h"
#include "util/error.h"

namespace judge::sandbox {

StartedInit::StartedInit(ZygoteHandle& zygote, CgroupBackend* cgroups, const InitShape& shape,
                         const std::string& shape_request)
    : zygote_(&zygote), shape_(shape) {
  std::vector<UniqueFd> procs;
  if (cgroups != nullptr) {
    cgroup_ = cgroups->create(shape.cgroup);
    for (const std::string& file : cgroup_->procs_files()) {
      UniqueFd fd(::open(file.c_str(), O_WRONLY | O_CLOEXEC));
      if (!fd) throw_errno("open", file);
      procs.push_back(std::move(fd));
    }
    if (procs.size() > kMaxCgroupProcsFds) throw InternalError("sandbox: too many cgroup.procs");
  }
  auto [stdout_read, stdout_write] = make_pipe();
  auto [stderr_read, stderr_write] = make_pipe();
  auto [status_read, status_write] = make_pipe();
  int go[2];
  if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, go) != 0) throw_errno("socketpair");
  go_.reset(go[0]);
  UniqueFd go_init(go[1]);
  stdout_read_ = std::move(stdout_read);
  stderr_read_ = std::move(stderr_read);
  status_read_ = std::move(status_read);

  int fds[kMaxRunFds] = {};
  fds[kRunFdStdout] = stdout_write.get();
  fds[kRunFdStderr] = stderr_write.get();
  fds[kRunFdStatus] = status_write.get();
  fds[kRunFdGo] = go_init.get();
  for (std::size_t i = 0; i < procs.size(); ++i) fds[kRunFdCgroupProcs + i] = procs[i].get();
  zygote.request_init(shape_request, fds, kRunFdFixedCount + procs.size());
  awaiting_zygote_ = true;
  // Our copies of the init's ends close here: EOF on a pipe then means the run's processes are
  // gone.
}

StartedInit::~StartedInit() {
  if (awaiting_zygote_) {
    try {
      collect();
    } catch (const InternalError&) {  // nothing was started
    }
  }
  if (pidfd_ && !reaped_) {
    kill();
    siginfo_t info{};
    while (::waitid(P_PIDFD, static_cast<id_t>(pidfd_.get()), &info, WEXITED | __WALL) < 0 &&
           errno == EINTR) {
    }
  }
  // cgroup_ goes now, with its init reaped.
}

void StartedInit::kill() {
  // By pidfd, not pid: once reaped, a pid may already name another process.
  if (pidfd_ && !reaped_) ::syscall(SYS_pidfd_send_signal, pidfd_.get(), SIGKILL, nullptr, 0);
}

rusage StartedInit::wait_for_exit() {
  rusage usage{};
  if (reaped_ || pid_ <= 0) return usage;
  kill();  // after its report the init waits to be killed
  // By pid: safe while unreaped, since the pid cannot be reused before.
  pid_t reaped;
  do {
    reaped = ::wait4(pid_, nullptr, __WALL, &usage);
  } while (reaped < 0 && errno == EINTR);
  if (reaped < 0) throw_errno("wait4", "sandbox init");
  reaped_ = true;
  return usage;
}

void StartedInit::collect() {
  if (!awaiting_zygote_) return;
  awaiting_zygote_ = false;
  pid_ = zygote_->collect_init();
  pidfd_.reset(static_cast<int>(::syscall(SYS_pidfd_open, pid_, 0)));
  if (!pidfd_) throw_errno("pidfd_open");
}

bool StartedInit::start(const std::string& request, int stdin_fd, int stdout_fd) {
  const int fds[2] = {stdin_fd, stdout_fd};
  const std::size_t count = stdout_fd >= 0 ? 2 : 1;
  const bool sent = child::send_with_fds(go_.get(), request.data(), request.size(), fds, count) ==
                    static_cast<long>(request.size());
  go_.reset();
  return sent;
}

}  // namespace judge::sandbox
