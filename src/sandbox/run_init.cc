// pid 1 of a run and the program's process, up to exec. No allocation, no exceptions.
//
// init: mounts the run's private /box, /tmp and /proc, moves itself into the run's cgroups and
// waits. Its request and stdin arrive on the go socket (at once, or a whole test later when the
// judge started it ahead, see linux_sandbox.cc); then it binds the run's files, detaches the host
// root, forks the program and only reaps: it reports the program's wait status (and the syscall
// seccomp stopped, when it was told of one) and exits, which makes the kernel kill everything left
// in the pid namespace.
#include "sandbox/run_init.h"

#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <linux/close_range.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>

#include "sandbox/child_util.h"
#include "sandbox/private_tmpfs.h"
#include "sandbox/run_overlays.h"

namespace judge::sandbox {

namespace {

using child::fail;

int mount_tmpfs(const char* target, std::int64_t size, const char* mode) {
  char options[160] = "size=";
  child::append_number(options, sizeof options, size);
  child::append(options, sizeof options, ",nr_inodes=");
  child::append_number(options, sizeof options, private_tmpfs_inodes(size));
  child::append(options, sizeof options, ",mode=");
  child::append(options, sizeof options, mode);
  child::append(options, sizeof options, ",uid=");
  child::append_number(options, sizeof options, kSandboxUidInside);
  child::append(options, sizeof options, ",gid=");
  child::append_number(options, sizeof options, kSandboxUidInside);
  if (::mount("tmpfs", target, "tmpfs", MS_NOSUID | MS_NODEV, options) != 0) return errno;
  return 0;
}

void set_limit(int resource, std::int64_t soft, std::int64_t hard, int status_fd) {
  rlimit rl{};
  rl.rlim_cur = soft <= 0 ? RLIM_INFINITY : static_cast<rlim_t>(soft);
  rl.rlim_max = hard <= 0 ? RLIM_INFINITY : static_cast<rlim_t>(hard);
  if (::setrlimit(resource, &rl) != 0) fail(status_fd, Step::kProgramRlimits, errno, resource);
}

void drop_capabilities(int status_fd) {
  __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
  __user_cap_data_struct data[2] = {};
  if (::syscall(SYS_capset, &header, data) != 0) fail(status_fd, Step::kProgramCapabilities, errno);
}

// The descriptors the program's process starts from.
struct ProgramFds {
  int stdin_fd, stdout_fd, stderr_fd, status_fd;
};

// The program's process: the last steps, then exec. Reports a failure on the status pipe.
[[noreturn]] void exec_program(const ZygoteConfig& config, const DecodedRequest& request,
                               const ProgramFds& fds, int listener_socket) {
  const int status = fds.status_fd;
  // Every disposition is the default already (the zygote reset them); the mask is not.
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);

  // The judge pinned the init, and so this process, to its own CPU for a quick start (see
  // linux_sandbox.cc); the program may use every CPU the judge may, unless the run is pinned to
  // one CPU (a parallel run on its own core), which must hold or the run's times mean nothing.
  const ProcessLimits& lim = request.header.limits;
  if (lim.cpu >= 0) {
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(static_cast<int>(lim.cpu), &one);
    if (::sched_setaffinity(0, sizeof one, &one) != 0) fail(status, Step::kProgramAffinity, errno);
  } else if (config.has_cpus) {
    ::sched_setaffinity(0, sizeof config.cpus, &config.cpus);
  }
  if (::dup2(fds.stdin_fd, 0) < 0 || ::dup2(fds.stdout_fd, 1) < 0 || ::dup2(fds.stderr_fd, 2) < 0) {
    fail(status, Step::kProgramStdio, errno);
  }
  if (lim.cpu_seconds > 0) set_limit(RLIMIT_CPU, lim.cpu_seconds, lim.cpu_seconds + 1, status);
  set_limit(RLIMIT_FSIZE, lim.file_size, lim.file_size, status);
  set_limit(RLIMIT_NOFILE, lim.open_files, lim.open_files, status);
  set_limit(RLIMIT_STACK, lim.stack, lim.stack, status);
  const rlimit no_core{0, 0};  // set_limit() reads 0 as "unlimited"; a core size is really 0
  if (::setrlimit(RLIMIT_CORE, &no_core) != 0) fail(status, Step::kProgramRlimits, errno);
  if (lim.data > 0) set_limit(RLIMIT_DATA, lim.data, lim.data, status);
  if (lim.processes > 0) set_limit(RLIMIT_NPROC, lim.processes, lim.processes, status);
  if (::chdir(request.cwd) != 0) fail(status, Step::kProgramChdir, errno);

  // The capability bounding set is empty already (the zygote dropped it): exec grants nothing.
  if (int err = child::set_ids(kSandboxUidInside, kSandboxUidInside, config.root_mode); err != 0) {
    fail(status, Step::kProgramCredentials, err);
  }
  drop_capabilities(status);
  if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) fail(status, Step::kProgramNoNewPrivs, errno);
  // Nothing of the judge leaks in: every descriptor above stderr closes at exec.
  ::syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC);

  if (config.seccomp_length > 0) {
    sock_fprog program{static_cast<unsigned short>(config.seccomp_length),
                       const_cast<sock_filter*>(config.seccomp_filter)};
    const unsigned flags = config.seccomp_notify ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0;
    const long listener = ::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &program);
    if (listener < 0) fail(status, Step::kProgramSeccomp, errno);
    if (config.seccomp_notify) {
      const int listener_fd = static_cast<int>(listener);
      const char byte = 'L';
      if (child::send_with_fds(listener_socket, &byte, 1, &listener_fd, 1) != 1) {
        fail(status, Step::kProgramSeccomp, errno);
      }
      ::close(static_cast<int>(listener));
    }
  }
  if (listener_socket >= 0) ::close(listener_socket);
  ::execve(request.argv[0], request.argv, request.envp);
  fail(status, Step::kProgramExec, errno);
}

struct ProgramStart {
  const ZygoteConfig* config;
  const DecodedRequest* request;
  const ProgramFds* fds;
  int listener_socket;
};

int start_program(void* arg) {
  const auto* start = static_cast<const ProgramStart*>(arg);
  exec_program(*start->config, *start->request, *start->fds, start->listener_socket);
}

// The program's stack until exec. Each init is a process of its own, so each has its own copy.
alignas(64) char g_program_stack[256 * 1024];

// Before the request: what every run of this shape gets, fresh.
void mount_private_dirs(const DecodedRequest& shape, int status) {
  if (int err = child::keep_empty_lower(); err != 0) fail(status, Step::kInitMountWorkDir, err);
  if (int err = mount_tmpfs("/box", shape.header.box_bytes, "0755"); err != 0) {
    fail(status, Step::kInitMountWorkDir, err);
  }
  if (int err = mount_tmpfs("/tmp", shape.header.tmp_bytes, "1777"); err != 0) {
    fail(status, Step::kInitMountTmp, err);
  }
  if (::mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr) != 0) {
    fail(status, Step::kInitMountProc, errno);
  }
}

// The judge opened the cgroup.procs files; writing "0" moves the writer. The kernel checks the
// opener's credentials (Linux >= 5.16; before, the init's own, which as root are host root's).
void join_cgroups(const int* procs_fds, std::size_t count, int status) {
  for (std::size_t i = 0; i < count; ++i) {
    if (::write(procs_fds[i], "0", 1) != 1) fail(status, Step::kInitJoinCgroup, errno);
    ::close(procs_fds[i]);
  }
}

// After the request: its files, then the host root goes. Host paths are resolved now, so a file
// the judge replaced since the init started is seen as it is now.
void bind_run_files(const DecodedRequest& request, int status) {
  for (std::uint32_t i = 0; i < request.header.bindc; ++i) {
    const DecodedBind& bind = request.binds[i];
    // Host paths as the init sees them, under /.host.
    char source[4096];
    char extra[4096];
    if (!child::join(source, sizeof source, "/.host", bind.host_path) ||
        !child::join(extra, sizeof extra, bind.extra[0] != '\0' ? "/.host" : "", bind.extra)) {
      fail(status, Step::kInitBind, ENAMETOOLONG, static_cast<int>(i));
    }
    int err = 0;
    if (bind.kind == BindKind::kBoxContents) {
      err = child::mount_box_overlay(source, extra);
    } else if (bind.kind == BindKind::kDirectory && bind.writable) {
      err = child::mount_writable_dir(source, extra, bind.sandbox_path);
      // The kernel refuses an upper layer on some file systems (EINVAL, "not supported as
      // upperdir": an overlay over 9p or NFS): the folder is then bound as it is, and mountinfo
      // names its host path.
      if (err != 0) err = child::bind_mount(source, bind.sandbox_path, true, false);
    } else {
      err = child::make_mount_point(bind.sandbox_path, bind.kind == BindKind::kDirectory);
      if (err == 0) err = child::bind_mount(source, bind.sandbox_path, bind.writable, false);
    }
    if (err != 0) fail(status, Step::kInitBind, err, static_cast<int>(i));
  }
  // The host root and every mount below it leave this mount namespace: nothing of the host
  // outside those binds can be reached, and /proc/self/mountinfo lists none of the host's mounts
  // (merely covering /.host would hide their contents but still list them, host paths and all).
  // The cost is one expedited RCU grace period per run, which the kernel waits for after the
  // unmount.
  if (::umount2("/.host", MNT_DETACH) != 0) fail(status, Step::kInitHideHost, errno);
}

// The run's request, decoded where the program's process can read it until exec. Each init is a
// process of its own, so each has its own copy.
char g_run_buffer[kMaxRequestBytes];
DecodedRequest g_run;

// The program's stdio as the judge sent it: stdin, and stdout when it is not the judge's pipe (a
// pipe to the other program of a connected pair); -1 otherwise.
struct RunStdio {
  int stdin_fd = -1;
  int stdout_fd = -1;
};

// With kFlagEarlyBox the init mounted the binds of the request it was made with: the run's must
// be the same (the judge only hands such an init a run of the same shape).
bool same_binds(const DecodedRequest& a, const DecodedRequest& b) {
  if (a.header.bindc != b.header.bindc) return false;
  for (std::uint32_t i = 0; i < a.header.bindc; ++i) {
    const DecodedBind& x = a.binds[i];
    const DecodedBind& y = b.binds[i];
    if (x.kind != y.kind || x.writable != y.writable ||
        std::strcmp(x.host_path, y.host_path) != 0 ||
        std::strcmp(x.sandbox_path, y.sandbox_path) != 0) {
      return false;
    }
  }
  return true;
}

// Waits for the run's request and stdio. Exits quietly when the judge gave up on this init
// (closed the socket without a request).
RunStdio receive_run(int go_socket, const DecodedRequest& shape, int status) {
  int received[2] = {-1, -1};
  std::size_t count = 0;
  const long n =
      child::receive_with_fds(go_socket, g_run_buffer, sizeof g_run_buffer, received, 2, &count);
  if (n <= 0) ::_exit(0);
  const bool valid = (count == 1 || count == 2) &&
                     decode_request(g_run_buffer, static_cast<std::size_t>(n), &g_run) &&
                     g_run.header.box_bytes == shape.header.box_bytes &&
                     g_run.header.tmp_bytes == shape.header.tmp_bytes &&
                     g_run.header.flags == shape.header.flags &&
                     ((shape.header.flags & kFlagEarlyBox) == 0 || same_binds(g_run, shape));
  if (!valid) fail(status, Step::kInitWaitGo, EINVAL);
  return {received[0], count == 2 ? received[1] : -1};
}

// Reaps until the program's process is gone. Returns its wait status; fills the syscall that the
// seccomp listener reported, if any.
int supervise(pid_t program, int signal_fd, int listener, ChildRecord* record) {
  int program_status = 0;
  for (;;) {
    pollfd pfds[2] = {{signal_fd, POLLIN, 0}, {listener, POLLIN, 0}};
    const int n = ::poll(pfds, listener >= 0 ? 2 : 1, -1);
    if (n < 0) {
      if (errno == EINTR) continue;
      return program_status;
    }
    if (listener >= 0 && (pfds[1].revents & POLLIN)) {
      seccomp_notif notification;
      std::memset(&notification, 0, sizeof notification);
      if (::ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, &notification) == 0 &&
          record->blocked_syscall < 0) {
        record->blocked_syscall = notification.data.nr;
        record->blocked_arch = notification.data.arch;
        ::kill(-1, SIGKILL);  // every process of the run except this init
      }
    } else if (listener >= 0 && (pfds[1].revents & (POLLHUP | POLLERR | POLLNVAL))) {
      ::close(listener);
      listener = -1;
    }
    if (pfds[0].revents & POLLIN) {
      signalfd_siginfo info;
      while (::read(signal_fd, &info, sizeof info) > 0) {
      }
      for (;;) {
        int wstatus = 0;
        const pid_t pid = ::waitpid(-1, &wstatus, WNOHANG | __WALL);
        if (pid <= 0) break;
        if (pid == program) {
          // Which of two connected programs ended first (run_pair) is read from this.
          timespec now{};
          ::clock_gettime(CLOCK_MONOTONIC, &now);
          record->ended_ns = static_cast<std::int64_t>(now.tv_sec) * 1000000000 + now.tv_nsec;
          return wstatus;
        }
      }
    }
  }
}

// The program's main process has ended: the rest of the run goes too, and is reaped, before the
// init reports, so the judge may read the cgroup's final figures as soon as the report arrives
// (and need not wait for this init's own exit, whose mount namespace teardown is slow). Whatever
// a process forks while being killed is caught by the next round.
void end_run() {
  for (;;) {
    ::kill(-1, SIGKILL);  // every process of the pid namespace but this init
    if (::waitpid(-1, nullptr, __WALL) < 0 && errno == ECHILD) return;
  }
}

// Gives the judge the run's /box (a compile's output) once nothing of the run is left to change
// it. Sent before the report, so the judge never waits for it. On failure the judge gets nothing
// and calls the compile's output missing.
void send_box(int go_socket) {
  const int box = ::open("/box", O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (box >= 0) {
    const char byte = 'B';
    child::send_with_fds(go_socket, &byte, 1, &box, 1);
    ::close(box);
  }
  ::close(go_socket);
}

}  // namespace

void run_init(const ZygoteConfig& config, const DecodedRequest& spawn_request, const int* fds,
              std::size_t fd_count) {
  const int status = fds[kRunFdStatus];
  ::close(config.socket_fd);
  // Should the judge die before this, the go socket's other end closes and the init exits.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  // Not dumpable: a program of this run (same uid when rootless) cannot open /proc/1/mem or
  // attach to this process. The program's process shares this memory until exec, which resets it.
  ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);

  // Everything that does not depend on the request is done before it comes, and outside the
  // run's cgroup, so that none of it counts as the program's CPU time.
  mount_private_dirs(spawn_request, status);
  const bool early_box = (spawn_request.header.flags & kFlagEarlyBox) != 0;
  if (early_box) bind_run_files(spawn_request, status);
  int sockets[2] = {-1, -1};
  if (config.seccomp_notify && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0) {
    fail(status, Step::kInitSeccompListener, errno);
  }
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  ::sigprocmask(SIG_BLOCK, &chld, nullptr);
  const int signal_fd = ::signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK);
  if (signal_fd < 0) fail(status, Step::kInitFork, errno);
  join_cgroups(fds + kRunFdCgroupProcs, fd_count - kRunFdFixedCount, status);
  if ((spawn_request.header.flags & kFlagCgroupNamespace) && ::unshare(CLONE_NEWCGROUP) != 0) {
    fail(status, Step::kInitCgroupNamespace, errno);
  }

  const RunStdio stdio = receive_run(fds[kRunFdGo], spawn_request, status);
  const bool hand_back_box = (g_run.header.flags & kFlagHandBackBox) != 0;
  if (!hand_back_box) ::close(fds[kRunFdGo]);
  if (!early_box) bind_run_files(g_run, status);

  // The program's process shares the init's memory until it execs (CLONE_VM | CLONE_VFORK, on a
  // stack of its own): copying the page tables of this clone of the judge, only for exec to
  // throw them away, would be most of the cost of starting a run.
  const int stdout_fd = stdio.stdout_fd >= 0 ? stdio.stdout_fd : fds[kRunFdStdout];
  const ProgramFds program_fds{stdio.stdin_fd, stdout_fd, fds[kRunFdStderr], status};
  ProgramStart start{&config, &g_run, &program_fds, sockets[1]};
  const pid_t program = ::clone(start_program, g_program_stack + sizeof g_program_stack,
                                CLONE_VM | CLONE_VFORK | SIGCHLD, &start);
  if (program < 0) fail(status, Step::kInitFork, errno);

  // Only the program holds the pipes now, so the judge (or the other program of a pair) sees EOF
  // when its last process is gone.
  ::close(stdio.stdin_fd);
  if (stdio.stdout_fd >= 0) ::close(stdio.stdout_fd);
  ::close(fds[kRunFdStdout]);
  ::close(fds[kRunFdStderr]);
  int listener = -1;
  if (config.seccomp_notify) {
    ::close(sockets[1]);
    // Nothing (-1) when the program failed before it loaded seccomp.
    char byte = 0;
    std::size_t count = 0;
    if (child::receive_with_fds(sockets[0], &byte, 1, &listener, 1, &count) != 1 || count != 1) {
      listener = -1;
    }
    ::close(sockets[0]);
  }
  ChildRecord record{};
  record.kind = RecordKind::kFinished;
  record.blocked_syscall = -1;
  record.index = -1;
  record.wait_status = supervise(static_cast<pid_t>(program), signal_fd, listener, &record);
  end_run();
  if (hand_back_box) send_box(fds[kRunFdGo]);
  child::write_all(status, &record, sizeof record);
  // Nothing of the run is left, and the judge has what it needs. Exiting now would tear down this
  // mount namespace (slow) on the CPU where the judge is to be woken; the judge kills this init
  // once it is busy with the next run instead.
  for (;;) ::pause();
}

}  // namespace judge::sandbox
