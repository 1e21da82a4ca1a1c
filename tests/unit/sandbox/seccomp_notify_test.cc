// Notify mode on the running kernel: a denied syscall reaches a supervisor holding the listener
// fd, which can name it and kill the program.
//
// The child installs the filter with SECCOMP_FILTER_FLAG_NEW_LISTENER and passes the listener to
// the parent over a socketpair (SCM_RIGHTS), then makes a denied call and blocks in it until the
// parent acts, the way the sandbox's supervisor will see a solution.
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/ptrace.h>
#include <sys/socket.h>

#include <catch2/catch.hpp>
#include <cstring>

#include "seccomp_test_child.h"
#include "util/unique_fd.h"

namespace judge::sandbox {
namespace {

using testing::ChildOutcome;

bool send_fd(int socket, int fd) {
  char byte = 0;
  iovec iov{&byte, 1};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
  msghdr message{};
  message.msg_iov = &iov;
  message.msg_iovlen = 1;
  message.msg_control = control;
  message.msg_controllen = sizeof control;
  cmsghdr* header = CMSG_FIRSTHDR(&message);
  header->cmsg_level = SOL_SOCKET;
  header->cmsg_type = SCM_RIGHTS;
  header->cmsg_len = CMSG_LEN(sizeof(int));
  std::memcpy(CMSG_DATA(header), &fd, sizeof fd);
  return sendmsg(socket, &message, 0) == 1;
}

UniqueFd receive_fd(int socket) {
  char byte = 0;
  iovec iov{&byte, 1};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
  msghdr message{};
  message.msg_iov = &iov;
  message.msg_iovlen = 1;
  message.msg_control = control;
  message.msg_controllen = sizeof control;
  if (recvmsg(socket, &message, MSG_CMSG_CLOEXEC) != 1) return UniqueFd();
  const cmsghdr* header = CMSG_FIRSTHDR(&message);
  if (header == nullptr || header->cmsg_type != SCM_RIGHTS) return UniqueFd();
  int fd = -1;
  std::memcpy(&fd, CMSG_DATA(header), sizeof fd);
  return UniqueFd(fd);
}

// Forks a child that loads `program` with a listener, sends the listener to us, then runs body.
template <typename Body>
pid_t start_notifying_child(const SeccompProgram& program, UniqueFd& listener, Body body) {
  int sockets[2];
  REQUIRE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) == 0);
  UniqueFd parent_end(sockets[0]);
  UniqueFd child_end(sockets[1]);
  const pid_t pid = fork();
  if (pid == 0) {
    const long fd = testing::load_program(program, SECCOMP_FILTER_FLAG_NEW_LISTENER);
    if (fd < 0) _exit(testing::kLoadFailed);
    if (!send_fd(child_end.get(), static_cast<int>(fd))) _exit(testing::kLoadFailed);
    close(static_cast<int>(fd));  // only the supervisor may answer notifications
    _exit(body());
  }
  REQUIRE(pid > 0);
  child_end.reset();
  listener = receive_fd(parent_end.get());
  if (!listener.valid()) {
    const ChildOutcome outcome = testing::wait_for(pid);
    FAIL("the child sent no listener fd; it " + outcome.describe());
  }
  return pid;
}

// What a supervisor saw of one child: the first notification (if any) and how the child ended.
struct Supervised {
  bool notified = false;
  seccomp_notif notification{};
  ChildOutcome outcome;
};

// Acts as the sandbox's supervisor for up to 10 s: the first notification gets the child killed,
// as a denied syscall ends a run; a child that exits on its own is reaped.
Supervised supervise(pid_t child, int listener) {
  Supervised result;
  for (int waited_ms = 0; waited_ms < 10'000; waited_ms += 50) {
    pollfd waiting{listener, POLLIN, 0};
    if (poll(&waiting, 1, 50) == 1 && (waiting.revents & POLLIN) != 0) {
      // The kernel rejects a receive buffer that is not zeroed.
      std::memset(&result.notification, 0, sizeof result.notification);
      result.notified = ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, &result.notification) == 0;
      break;
    }
    int status = 0;
    if (waitpid(child, &status, WNOHANG) == child) {
      result.outcome.exited = WIFEXITED(status);
      result.outcome.exit_code = result.outcome.exited ? WEXITSTATUS(status) : -1;
      result.outcome.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
      return result;
    }
  }
  kill(child, SIGKILL);
  result.outcome = testing::wait_for(child);
  return result;
}

SeccompProgram default_program_notify() {
  return compile_policy(std::filesystem::path(JUDGE_SOURCE_DIR) / "seccomp" / "default.policy",
                        DenyAction::kNotify);
}

TEST_CASE("notify mode: the supervisor receives the denied syscall and kills the program",
          "[seccomp]") {
  if (!kernel_supports_user_notification()) {
    WARN("kernel lacks seccomp user notification; kill mode is the fallback");
    return;
  }
  UniqueFd listener;
  const pid_t child = start_notifying_child(default_program_notify(), listener, [] {
    // Allowed calls and errno rules never reach the supervisor...
    if (getpid() <= 0) return 1;
    if (syscall(SYS_clone3, nullptr, 0) != -1 || errno != ENOSYS) return 2;
    // ...a denied call does, and blocks until the supervisor answers.
    ptrace(PTRACE_TRACEME, 0, nullptr, nullptr);
    return 3;
  });
  const Supervised seen = supervise(child, listener.get());

  REQUIRE(seen.notified);
  CHECK(seen.notification.data.nr == SYS_ptrace);
  CHECK(syscall_name(seen.notification.data.nr) == "ptrace");
  CHECK(seen.notification.data.args[0] == PTRACE_TRACEME);
  CHECK(static_cast<pid_t>(seen.notification.pid) == child);
  CHECK(seen.outcome.describe() == "killed by signal " + std::to_string(SIGKILL));
}

TEST_CASE("notify mode: allowed programs run to completion without notifications", "[seccomp]") {
  if (!kernel_supports_user_notification()) {
    WARN("kernel lacks seccomp user notification; kill mode is the fallback");
    return;
  }
  UniqueFd listener;
  const pid_t child = start_notifying_child(default_program_notify(), listener, [] {
    const pid_t grandchild = fork();
    if (grandchild == 0) _exit(0);
    return grandchild > 0 && waitpid(grandchild, nullptr, 0) == grandchild ? 0 : 1;
  });
  const Supervised seen = supervise(child, listener.get());
  CHECK_FALSE(seen.notified);
  CHECK(seen.outcome.describe() == "exited with 0");
}

}  // namespace
}  // namespace judge::sandbox
