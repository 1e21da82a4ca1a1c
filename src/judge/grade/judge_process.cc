#include "judge/grade/judge_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "util/error.h"
#include "util/interrupt.h"
#include "util/unique_fd.h"

extern char** environ;

namespace judge::grade {

namespace {

constexpr std::size_t kMaxStderrBytes = 64 * 1024;
constexpr int kPollIntervalMs = 100;

// An unlinked file: nothing is left behind, whatever happens to this process.
UniqueFd anonymous_file() {
  const char* tmpdir = std::getenv("TMPDIR");
  const std::string dir = tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp";
  UniqueFd fd(::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600));
  if (fd) return fd;
  // File systems without O_TMPFILE: create, then unlink at once.
  std::string name = dir + "/judge-grade-XXXXXX";
  fd.reset(::mkostemp(name.data(), O_CLOEXEC));
  if (!fd) throw_errno("mkstemp", name);
  ::unlink(name.c_str());
  return fd;
}

std::string read_back(int fd, std::size_t max_bytes) {
  std::string text;
  char buffer[1 << 16];
  off_t offset = 0;
  while (text.size() < max_bytes) {
    const ssize_t n = ::pread(fd, buffer, sizeof buffer, offset);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw_errno("read", "judge run output");
    if (n == 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
    offset += n;
  }
  if (text.size() > max_bytes) text.resize(max_bytes);
  return text;
}

// Between fork and execve only async-signal-safe calls: the other threads of this process may
// hold locks that would never be released in the child.
[[noreturn]] void exec_child(char* const* argv, pid_t parent, int in, int out, int err) {
  ::prctl(PR_SET_PDEATHSIG, SIGTERM);
  if (::getppid() != parent) ::_exit(127);  // the parent thread ended before prctl
  sigset_t none;
  ::sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
  if (::dup2(in, STDIN_FILENO) < 0 || ::dup2(out, STDOUT_FILENO) < 0 ||
      ::dup2(err, STDERR_FILENO) < 0) {
    ::_exit(127);
  }
  ::execve(argv[0], argv, environ);
  ::_exit(127);
}

// Waits for pid; on an interrupt of this judge, passes SIGTERM on once and keeps waiting.
int wait_for(pid_t pid) {
  UniqueFd pidfd(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));
  bool forwarded = false;
  for (;;) {
    if (!forwarded && pending_interrupt() != 0) {
      ::kill(pid, SIGTERM);
      forwarded = true;
    }
    if (pidfd) {
      pollfd ready{pidfd.get(), POLLIN, 0};
      ::poll(&ready, 1, kPollIntervalMs);  // EINTR: check the flag again
    }
    int status = 0;
    const pid_t done = ::waitpid(pid, &status, pidfd ? WNOHANG : 0);
    if (done == pid) return status;
    if (done < 0 && errno != EINTR) throw_errno("waitpid");
  }
}

}  // namespace

ProcessOutcome run_judge_process(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  UniqueFd in(::open("/dev/null", O_RDONLY | O_CLOEXEC));
  if (!in) throw_errno("open", "/dev/null");
  const UniqueFd out = anonymous_file();
  const UniqueFd err = anonymous_file();

  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) throw_errno("fork");
  if (pid == 0) exec_child(args.data(), parent, in.get(), out.get(), err.get());

  const int status = wait_for(pid);
  ProcessOutcome outcome;
  outcome.exited = WIFEXITED(status);
  outcome.exit_code = outcome.exited ? WEXITSTATUS(status) : 0;
  outcome.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  outcome.out = read_back(out.get(), static_cast<std::size_t>(-1) / 2);
  outcome.err = read_back(err.get(), kMaxStderrBytes);
  return outcome;
}

}  // namespace judge::grade
