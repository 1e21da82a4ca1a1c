// Test helper: run a function in a forked child under a compiled seccomp program, loaded the way
// the sandbox loads it (no_new_privs, then the raw seccomp(2) syscall; no libseccomp).
#pragma once

#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <string>

#include "sandbox/seccomp_policy.h"

namespace judge::sandbox::testing {

// Exit codes the child uses for its own failures, far from what test bodies return.
inline constexpr int kLoadFailed = 120;
inline constexpr int kBodyThrew = 121;

struct ChildOutcome {
  bool exited = false;
  int exit_code = -1;
  int signal = 0;

  bool killed_by_seccomp() const { return !exited && signal == SIGSYS; }
  std::string describe() const {
    return exited ? "exited with " + std::to_string(exit_code)
                  : "killed by signal " + std::to_string(signal);
  }
};

inline ChildOutcome wait_for(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return {};
  }
  ChildOutcome outcome;
  outcome.exited = WIFEXITED(status);
  outcome.exit_code = outcome.exited ? WEXITSTATUS(status) : -1;
  outcome.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  return outcome;
}

// Ends the child with exactly one syscall, exit_group. _exit() is intercepted by the sanitizer
// runtimes, which make other syscalls first (sigaltstack) that a strict allowlist kills.
[[noreturn]] inline void exit_child(int code) {
  syscall(SYS_exit_group, code);
  __builtin_unreachable();
}

// Loads `program` in the calling process. Returns the listener fd (flags with
// SECCOMP_FILTER_FLAG_NEW_LISTENER), 0 on success without one, or -1 with errno set.
inline long load_program(const SeccompProgram& program, unsigned int flags) {
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return -1;
  const sock_fprog fprog = program.fprog();
  return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &fprog);
}

// Forks; the child loads `program` (kill mode) and exits with body()'s return value.
// Pass a null program to run `body` unfiltered (to probe what the kernel supports).
template <typename Body>
ChildOutcome run_filtered(const SeccompProgram* program, Body body) {
  const pid_t pid = fork();
  if (pid == 0) {
    // A SIGSYS death would otherwise dump core into the test's working directory.
    const rlimit no_core{0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    if (program != nullptr && load_program(*program, 0) != 0) exit_child(kLoadFailed);
    try {
      exit_child(body());
    } catch (...) {
      exit_child(kBodyThrew);
    }
  }
  if (pid < 0) return {};
  return wait_for(pid);
}

}  // namespace judge::sandbox::testing
