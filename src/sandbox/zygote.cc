// The zygote's body: builds the sandbox root once, then serves one clone per run.
// Runs between clone and exec: no allocation, no exceptions (see child_util.h).
#include "sandbox/zygote.h"

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

#include "sandbox/child_rseq.h"
#include "sandbox/child_util.h"
#include "sandbox/namespace_owner.h"
#include "sandbox/run_init.h"
#include "sandbox/run_overlays.h"
#include "sandbox/zygote_request.h"

namespace judge::sandbox {

namespace {

using child::fail;

constexpr const char* kHostRoot = "/.host";  // where the old root lives until a run hides it

// The empty directory under the system directories' overlays (run_overlays.h): the root's /box
// mount point, which stays empty below every run's /box.
constexpr const char* kEmptyLayer = "/box";
// Where the zygote finds its descriptors by number before the sandbox has a /proc.
constexpr const char* kHostFdDir = "/.host/proc/self/fd";
// A host file shown read-only is copied into the root tmpfs (its mountinfo line would name the
// host path); larger ones, unusual for what is listed (/etc/ld.so.cache...), are bound.
constexpr off_t kMaxCopiedFile = 4 << 20;
char g_copy_buffer[64 << 10];  // in BSS: the zygote's stack is small

// Copies the regular file `host` (never through a link; never blocking on what replaced it) to
// `path` in the root tmpfs, with its permission bits.
int copy_file(const char* host, const char* path) {
  const int in = ::open(host, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (in < 0) return errno;
  struct stat st {};
  int err = ::fstat(in, &st) != 0 ? errno : (S_ISREG(st.st_mode) ? 0 : EINVAL);
  const int out = err == 0 ? ::open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW,
                                    st.st_mode & 0755)
                           : -1;
  if (err == 0 && out < 0) err = errno;
  while (err == 0) {
    const ssize_t n = ::read(in, g_copy_buffer, sizeof g_copy_buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      err = n < 0 ? errno : 0;
      break;
    }
    if (!child::write_all(out, g_copy_buffer, static_cast<std::size_t>(n))) err = EIO;
  }
  if (out >= 0) ::close(out);
  ::close(in);
  return err;
}

// Shows the host's `path` at the same place, read-only: a symlink is recreated (e.g. merged-usr
// /bin -> usr/bin), a directory becomes an overlay of it (mounts below it are listed apart), a
// small file is copied. Where the kernel refuses the overlay, and for other files, a bind: its
// mountinfo line then names the path inside the host's file system.
int expose_readonly(const char* path) {
  char host[4096];
  if (!child::join(host, sizeof host, kHostRoot, path)) return ENAMETOOLONG;
  struct stat st {};
  if (::lstat(host, &st) != 0) {
    // Absent on this host, or out of reach of the namespace's owner (so of every program): fine.
    return errno == ENOENT || errno == EACCES ? 0 : errno;
  }
  if (S_ISLNK(st.st_mode)) {
    char target[4096];
    const ssize_t n = ::readlink(host, target, sizeof target - 1);
    if (n < 0) return errno;
    target[n] = '\0';
    if (int err = child::make_parents(path); err != 0) return err;
    if (::symlink(target, path) != 0 && errno != EEXIST) return errno;
    return 0;
  }
  if (S_ISREG(st.st_mode) && st.st_size <= kMaxCopiedFile) {
    if (int err = child::make_parents(path); err != 0) return err;
    if (::access(path, F_OK) == 0) return 0;   // already shown by a directory listed before
    if (copy_file(host, path) == 0) return 0;  // else (the root tmpfs full...) bound below
  }
  if (int err = child::make_mount_point(path, S_ISDIR(st.st_mode)); err != 0) return err;
  if (S_ISDIR(st.st_mode) && child::mount_readonly_dir(host, path, kEmptyLayer, kHostFdDir) == 0) {
    return 0;
  }
  return child::bind_mount(host, path, /*writable=*/false, /*allow_devices=*/false);
}

int write_file(const char* path, const char* content) {
  const int fd = ::open(path, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return errno;
  const bool ok = child::write_all(fd, content, std::strlen(content));
  ::close(fd);
  return ok ? 0 : EIO;
}

// A minimal /dev: the harmless device nodes bound from the host, and the usual links.
int make_devices() {
  if (::mkdir("/dev", 0755) != 0 && errno != EEXIST) return errno;
  for (const char* node : {"null", "zero", "full", "random", "urandom"}) {
    char host[64], inside[64];
    child::join(host, sizeof host, "/.host/dev/", node);
    child::join(inside, sizeof inside, "/dev/", node);
    if (int err = child::make_mount_point(inside, false); err != 0) return err;
    if (int err = child::bind_mount(host, inside, /*writable=*/true, /*allow_devices=*/true);
        err != 0) {
      return err;
    }
  }
  const char* links[][2] = {{"/proc/self/fd", "/dev/fd"},
                            {"/proc/self/fd/0", "/dev/stdin"},
                            {"/proc/self/fd/1", "/dev/stdout"},
                            {"/proc/self/fd/2", "/dev/stderr"},
                            // POSIX shared memory lives in the run's private /tmp.
                            {"/tmp", "/dev/shm"}};
  for (const auto& link : links) {
    if (::symlink(link[0], link[1]) != 0 && errno != EEXIST) return errno;
  }
  return 0;
}

void build_root(const ZygoteConfig& config) {
  const int status = config.status_fd;
  if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
    fail(status, Step::kZygoteSetPrivate, errno);
  }
  // The new root is a small tmpfs; the old root moves below it to /.host, from where paths are
  // bound in. Every run's init covers /.host in its own mount namespace before exec.
  if (::mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755,size=16m") != 0) {
    fail(status, Step::kZygoteRootTmpfs, errno);
  }
  if (::chdir("/tmp") != 0 || ::mkdir(".host", 0700) != 0 ||
      ::syscall(SYS_pivot_root, ".", ".host") != 0 || ::chdir("/") != 0) {
    fail(status, Step::kZygotePivotRoot, errno);
  }
  for (const char* dir : {"/box", "/tmp", "/proc"}) {
    if (::mkdir(dir, 0755) != 0 && errno != EEXIST) fail(status, Step::kZygoteRootTmpfs, errno);
  }
  for (std::size_t i = 0; i < config.readonly_count; ++i) {
    if (int err = expose_readonly(config.readonly_paths[i]); err != 0) {
      fail(status, Step::kZygoteBindReadonly, err, static_cast<int>(i));
    }
  }
  if (::mkdir("/etc", 0755) != 0 && errno != EEXIST) fail(status, Step::kZygoteWriteEtc, errno);
  const char* files[][2] = {{"/etc/passwd", config.etc_passwd},
                            {"/etc/group", config.etc_group},
                            {"/etc/hosts", "127.0.0.1 localhost\n::1 localhost\n"},
                            {"/etc/hostname", "sandbox\n"}};
  for (const auto& file : files) {
    if (int err = write_file(file[0], file[1]); err != 0) fail(status, Step::kZygoteWriteEtc, err);
  }
  if (int err = make_devices(); err != 0) fail(status, Step::kZygoteDevices, err);
  // Cosmetic only: the UTS namespace is private whether or not the name is set.
  const int hostname_set = ::sethostname("sandbox", 7);
  (void)hostname_set;
  if (::mount(nullptr, "/", nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV,
              nullptr) != 0) {
    fail(status, Step::kZygoteRemountRoot, errno);
  }
}

// Once for all runs, inherited by every init and program: no signal handler or ignored signal
// of the judge survives into a program, and terminal signals (Ctrl-C reaches the judge's whole
// process group) are blocked rather than fatal, so the judge decides how a run ends.
void reset_signals() {
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  for (int sig = 1; sig < NSIG; ++sig) ::sigaction(sig, &dfl, nullptr);  // e.g. SIGPIPE
  sigset_t terminal;
  sigemptyset(&terminal);
  for (int sig : {SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGHUP, SIGTERM}) {
    sigaddset(&terminal, sig);
  }
  ::sigprocmask(SIG_BLOCK, &terminal, nullptr);
}

// Once for all runs: an empty bounding set is inherited by every program, whose exec can then
// grant no capability whatever the file's. Needs CAP_SETPCAP, which the zygote has.
void drop_bounding_set(int status_fd) {
  for (int cap = 0; cap <= 63; ++cap) {
    if (::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 && errno != EINVAL) {
      fail(status_fd, Step::kZygoteBoundingSet, errno, cap);
    }
  }
  ::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
}

// Once for all runs: a session of its own, with no controlling terminal, inherited by every init
// and program. None of them is a session leader, so none can acquire a terminal either: TIOCSTI
// and job-control signals cannot reach the judge's. (Done per program, setsid() also made the
// scheduler create and later free an autogroup for every run, which cost a millisecond.)
void leave_judge_session(int status_fd) {
  if (::setsid() < 0) fail(status_fd, Step::kZygoteSession, errno);
}

void reply(int socket_fd, pid_t pid, int error, Step step) {
  ZygoteReply r{static_cast<std::int32_t>(pid), error, static_cast<std::int32_t>(step)};
  ::send(socket_fd, &r, sizeof r, MSG_NOSIGNAL);
}

// In BSS rather than on the stack: the zygote's stack stays small, and the run's init (a clone)
// keeps pointing into its own copy.
char g_request_buffer[kMaxRequestBytes];
DecodedRequest g_request;

void report_step_done(int status_fd) {
  ChildRecord done{};
  done.kind = RecordKind::kFinished;
  done.blocked_syscall = -1;
  child::write_all(status_fd, &done, sizeof done);
}

// Creates the namespaces as their unprivileged owner (namespace_owner.h), tells the judge to
// write the uid/gid maps, waits for them, then caps the namespace's quotas.
void enter_namespaces(const ZygoteConfig& config) {
  const int status = config.status_fd;
  int part = 0;
  if (int err = enter_owned_namespaces(config.root_mode, config.owner_uid, config.owner_gid, &part);
      err != 0) {
    const Step steps[] = {Step::kZygoteOwner, Step::kZygoteOwnerRlimits, Step::kZygoteUnshare};
    fail(status, steps[part], err);
  }
  report_step_done(status);
  char go = 0;
  if (::read(config.sync_fd, &go, 1) != 1) fail(status, Step::kZygoteWaitMaps, errno);
  ::close(config.sync_fd);
  if (int err = become_inside_root(config.root_mode); err != 0) {
    fail(status, Step::kZygoteInsideRoot, err);
  }
  // A change of credentials clears the parent-death signal: set it again, and make sure the
  // judge did not die before it was set.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != config.judge_pid) ::_exit(0);
  int index = -1;
  if (int err = cap_namespace_quotas(&index); err != 0)
    fail(status, Step::kZygoteQuotas, err, index);
}

}  // namespace

void zygote_main(const ZygoteConfig& config) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  const int own_fds[] = {config.socket_fd, config.sync_fd, config.status_fd};
  child::close_all_fds_except(own_fds, sizeof own_fds / sizeof own_fds[0]);
  if (config.args_start != nullptr && config.args_end > config.args_start) {
    std::memset(config.args_start, 0,
                static_cast<std::size_t>(config.args_end - config.args_start));
  }
  if (config.env_start != nullptr && config.env_end > config.env_start) {
    std::memset(config.env_start, 0, static_cast<std::size_t>(config.env_end - config.env_start));
  }
  if (::getppid() != config.judge_pid) ::_exit(0);  // the judge is already gone
  enter_namespaces(config);
  reset_signals();
  leave_judge_session(config.status_fd);
  build_root(config);
  drop_bounding_set(config.status_fd);
  child::unregister_rseq();  // before the first clone: no init inherits it
  report_step_done(config.status_fd);
  ::close(config.status_fd);

  for (;;) {
    int fds[kMaxRunFds];
    std::size_t fd_count = 0;
    const long n = child::receive_with_fds(config.socket_fd, g_request_buffer,
                                           sizeof g_request_buffer, fds, kMaxRunFds, &fd_count);
    if (n <= 0) ::_exit(0);  // the judge closed the socket: this sandbox is done
    const bool valid = fd_count >= kRunFdFixedCount &&
                       decode_request(g_request_buffer, static_cast<std::size_t>(n), &g_request);
    if (!valid) {
      for (std::size_t i = 0; i < fd_count; ++i) ::close(fds[i]);
      reply(config.socket_fd, 0, EINVAL, Step::kZygoteReceive);
      continue;
    }
    // CLONE_PARENT makes the judge the init's parent: it waits for it with wait4 and gets its
    // rusage, and the init's death signal follows the judge, not the zygote. The init gets a
    // copy of the zygote's memory, not a share (no CLONE_VM): the OOM killer kills every process
    // that shares its victim's memory, and the init may be its victim (cgroup v2 kills a whole
    // run's cgroup, memory.oom.group), which must never take the zygote with it.
    const long pid = ::syscall(SYS_clone, CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWIPC | CLONE_PARENT,
                               nullptr, nullptr, nullptr, 0);
    if (pid == 0) run_init(config, g_request, fds, fd_count);
    const int clone_errno = pid < 0 ? errno : 0;
    for (std::size_t i = 0; i < fd_count; ++i) ::close(fds[i]);
    reply(config.socket_fd, pid < 0 ? 0 : static_cast<pid_t>(pid), clone_errno, Step::kZygoteClone);
  }
}

}  // namespace judge::sandbox
