// seccomp/default.policy compiled and loaded on the running kernel (kill mode): what must die
// with SIGSYS and what ordinary programs need must keep working.
#include <fcntl.h>
#include <linux/sched.h>
#include <pthread.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/ptrace.h>
#include <sys/socket.h>

#include <array>
#include <catch2/catch.hpp>
#include <cerrno>
#include <cstdint>

#include "sandbox/seccomp_names.h"
#include "seccomp_test_child.h"

namespace judge::sandbox {
namespace {

using testing::ChildOutcome;
using testing::run_filtered;

const SeccompProgram& default_program() {
  static const SeccompProgram program =
      compile_policy(std::filesystem::path(JUDGE_SOURCE_DIR) / "seccomp" / "default.policy",
                     DenyAction::kKillProcess);
  return program;
}

template <typename Body>
ChildOutcome under_default(Body body) {
  return run_filtered(&default_program(), body);
}

void* thread_main(void*) {
  return nullptr;
}

TEST_CASE("default.policy compiles to a loadable filter within the kernel's size limit",
          "[seccomp]") {
  const SeccompProgram& program = default_program();
  CHECK(!program.filter.empty());
  CHECK(program.filter.size() <= BPF_MAXINSNS);
  const ChildOutcome outcome = under_default([] { return 0; });
  CHECK(outcome.exited);
  CHECK(outcome.exit_code == 0);
}

TEST_CASE("ordinary program behaviour survives default.policy", "[seccomp]") {
  SECTION("getpid, write, mmap") {
    const ChildOutcome outcome = under_default([] {
      if (getpid() <= 0) return 1;
      const int fd = open("/dev/null", O_WRONLY);
      if (fd < 0 || write(fd, "x", 1) != 1) return 2;
      void* page = mmap(nullptr, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (page == MAP_FAILED) return 3;
      return munmap(page, 4096) == 0 ? 0 : 4;
    });
    CHECK(outcome.describe() == "exited with 0");
  }
  SECTION("fork (clone without namespace flags) and wait") {
    const ChildOutcome outcome = under_default([] {
      const pid_t child = fork();
      if (child == 0) _exit(7);
      if (child < 0) return 1;
      int status = 0;
      if (waitpid(child, &status, 0) != child) return 2;
      return WIFEXITED(status) && WEXITSTATUS(status) == 7 ? 0 : 3;
    });
    CHECK(outcome.describe() == "exited with 0");
  }
  SECTION("pthread_create falls back from clone3 to clone") {
    const ChildOutcome outcome = under_default([] {
      pthread_t thread;
      if (pthread_create(&thread, nullptr, thread_main, nullptr) != 0) return 1;
      return pthread_join(thread, nullptr) == 0 ? 0 : 2;
    });
    CHECK(outcome.describe() == "exited with 0");
  }
  SECTION("clone3 fails with ENOSYS instead of killing") {
    const ChildOutcome outcome = under_default([] {
      clone_args args{};
      args.exit_signal = SIGCHLD;
      const long rc = syscall(SYS_clone3, &args, sizeof args);
      if (rc == 0) _exit(0);  // only reached if the filter let clone3 through
      return rc == -1 && errno == ENOSYS ? 0 : 1;
    });
    CHECK(outcome.describe() == "exited with 0");
  }
  SECTION("AF_INET and AF_UNIX sockets") {
    const ChildOutcome outcome = under_default([] {
      if (socket(AF_INET, SOCK_STREAM, 0) < 0) return 1;
      return socket(AF_UNIX, SOCK_STREAM, 0) < 0 ? 2 : 0;
    });
    CHECK(outcome.describe() == "exited with 0");
  }
  SECTION("personality query and PER_LINUX") {
    const ChildOutcome outcome = under_default([] {
      if (personality(0xffffffff) < 0) return 1;
      return personality(PER_LINUX) < 0 ? 2 : 0;
    });
    CHECK(outcome.describe() == "exited with 0");
  }
}

TEST_CASE("default.policy kills what crosses the sandbox", "[seccomp]") {
  SECTION("ptrace") {
    CHECK(under_default([] {
            return ptrace(PTRACE_TRACEME, 0, nullptr, nullptr) == 0 ? 0 : 1;
          }).killed_by_seccomp());
  }
  SECTION("socket(AF_NETLINK)") {
    CHECK(under_default([] {
            return socket(AF_NETLINK, SOCK_RAW, 0) >= 0 ? 0 : 1;
          }).killed_by_seccomp());
  }
  SECTION("socket(AF_NETLINK) with garbage in the high 32 bits the kernel ignores") {
    CHECK(under_default([] {
            return syscall(SYS_socket, 0xdead000000000000ULL | AF_NETLINK, SOCK_RAW, 0) >= 0 ? 0
                                                                                             : 1;
          }).killed_by_seccomp());
  }
  SECTION("socket(AF_VSOCK) and socket(AF_PACKET)") {
    CHECK(under_default([] {
            return socket(AF_VSOCK, SOCK_STREAM, 0) >= 0 ? 0 : 1;
          }).killed_by_seccomp());
    CHECK(under_default([] {
            return socket(AF_PACKET, SOCK_RAW, 0) >= 0 ? 0 : 1;
          }).killed_by_seccomp());
  }
  SECTION("clone with CLONE_NEWUSER, and with CLONE_NEWNET among ordinary flags") {
    for (const unsigned long flags :
         std::array<unsigned long, 2>{CLONE_NEWUSER, CLONE_FILES | CLONE_NEWNET}) {
      CAPTURE(flags);
      CHECK(under_default([flags] {
              const long rc = syscall(SYS_clone, flags | SIGCHLD, 0, 0, 0, 0);
              if (rc == 0) _exit(0);
              return 1;
            }).killed_by_seccomp());
    }
  }
  SECTION("unshare") {
    CHECK(under_default([] { return unshare(CLONE_NEWNS) == 0 ? 0 : 1; }).killed_by_seccomp());
  }
  SECTION("personality changes") {
    for (const unsigned long value : std::array<unsigned long, 6>{
             PER_BSD, ADDR_NO_RANDOMIZE, READ_IMPLIES_EXEC, 0x80000000, 0xfffffffe, 0x7fffffff}) {
      CAPTURE(value);
      CHECK(under_default([value] { return personality(value) < 0 ? 1 : 0; }).killed_by_seccomp());
    }
  }
  SECTION("ioctl(TIOCSTI)") {
    CHECK(under_default([] {
            char c = 'x';
            return ioctl(0, TIOCSTI, &c) == 0 ? 0 : 1;
          }).killed_by_seccomp());
  }
  SECTION("an x32 syscall number (getpid | 0x40000000)") {
    CHECK(under_default([] {
            return syscall(0x40000000 | SYS_getpid) > 0 ? 0 : 1;
          }).killed_by_seccomp());
  }
}

// Runs `call` in a second thread; returns 0 only if the process outlives it.
int survives_call_in_thread(void* (*call)(void*)) {
  pthread_t thread;
  if (pthread_create(&thread, nullptr, call, nullptr) != 0) return 1;
  pthread_join(thread, nullptr);
  return 0;
}

TEST_CASE("a denied call in any thread kills the whole process, not just the thread", "[seccomp]") {
  SECTION("a denied syscall") {
    CHECK(under_default([] {
            return survives_call_in_thread([](void*) -> void* {
              ptrace(PTRACE_TRACEME, 0, nullptr, nullptr);
              return nullptr;
            });
          }).killed_by_seccomp());
  }
  SECTION("an x32 syscall (the bad-architecture action)") {
    CHECK(under_default([] {
            return survives_call_in_thread([](void*) -> void* {
              syscall(0x40000000 | SYS_getpid);
              return nullptr;
            });
          }).killed_by_seccomp());
  }
}

// getpid through the i386 entry point (int 0x80); returns the pid or a negative errno.
long i386_getpid() {
  long result = 0;
  asm volatile("int $0x80" : "=a"(result) : "a"(20) : "memory", "r8", "r9", "r10", "r11");
  return result;
}

TEST_CASE("default.policy kills i386 syscalls made with int 0x80", "[seccomp]") {
  const ChildOutcome probe =
      run_filtered(nullptr, [] { return i386_getpid() == getpid() ? 0 : 1; });
  if (probe.describe() != "exited with 0") {
    WARN("int 0x80 does not work on this kernel without a filter (" + probe.describe() +
         "); nothing to check");
    return;
  }
  CHECK(under_default([] { return i386_getpid() > 0 ? 0 : 1; }).killed_by_seccomp());
}

// Called with arguments that make each syscall fail harmlessly even if the filter did not stop
// it (the tests may run as root), so a broken filter shows up as a failed check, not damage.
struct HarmlessCall {
  const char* name;
  std::array<long, 6> args;
};

TEST_CASE("default.policy kills host administration and kernel-surface syscalls", "[seccomp]") {
  const std::array<HarmlessCall, 37> calls{{
      {"mount", {0, 0, 0, 0, 0, 0}},
      {"umount2", {0, 0, 0, 0, 0, 0}},
      {"pivot_root", {0, 0, 0, 0, 0, 0}},
      {"chroot", {0, 0, 0, 0, 0, 0}},
      {"move_mount", {-1, 0, -1, 0, 0, 0}},
      {"open_tree", {-1, 0, -1, 0, 0, 0}},
      {"open_tree_attr", {-1, 0, -1, 0, 0, 0}},
      {"fsopen", {0, 0, 0, 0, 0, 0}},
      {"fsconfig", {-1, 0, 0, 0, 0, 0}},
      {"fsmount", {-1, 0, 0, 0, 0, 0}},
      {"fspick", {-1, 0, -1, 0, 0, 0}},
      {"mount_setattr", {-1, 0, -1, 0, 0, 0}},
      {"setns", {-1, 0, 0, 0, 0, 0}},
      {"process_vm_readv", {0, 0, 0, 0, 0, 0}},
      {"process_vm_writev", {0, 0, 0, 0, 0, 0}},
      {"pidfd_getfd", {-1, -1, 0, 0, 0, 0}},
      {"kcmp", {0, 0, -1, 0, 0, 0}},
      {"bpf", {-1, 0, 0, 0, 0, 0}},
      {"perf_event_open", {0, 0, 0, 0, 0, 0}},
      {"userfaultfd", {-1, 0, 0, 0, 0, 0}},
      {"io_uring_setup", {0, 0, 0, 0, 0, 0}},
      {"keyctl", {-1, 0, 0, 0, 0, 0}},
      {"add_key", {0, 0, 0, 0, 0, 0}},
      {"init_module", {0, 0, 0, 0, 0, 0}},
      {"finit_module", {-1, 0, 0, 0, 0, 0}},
      {"delete_module", {0, 0, 0, 0, 0, 0}},
      {"kexec_file_load", {-1, -1, 0, 0, 0, 0}},
      {"reboot", {0, 0, 0, 0, 0, 0}},
      {"swapoff", {0, 0, 0, 0, 0, 0}},
      {"syslog", {-1, 0, 0, 0, 0, 0}},
      {"acct", {1, 0, 0, 0, 0, 0}},
      {"iopl", {99, 0, 0, 0, 0, 0}},
      {"clock_settime", {0, 0, 0, 0, 0, 0}},
      {"adjtimex", {0, 0, 0, 0, 0, 0}},
      {"open_by_handle_at", {-1, 0, 0, 0, 0, 0}},
      {"fanotify_init", {-1, 0, 0, 0, 0, 0}},
      {"modify_ldt", {99, 0, 0, 0, 0, 0}},
  }};
  for (const HarmlessCall& call : calls) {
    CAPTURE(call.name);
    const std::optional<int> nr = seccomp_syscall_number(call.name);
    REQUIRE(nr.has_value());
    const auto& a = call.args;
    const ChildOutcome outcome = under_default([&] {
      syscall(*nr, a[0], a[1], a[2], a[3], a[4], a[5]);
      return 0;
    });
    CHECK(outcome.killed_by_seccomp());
  }
}

}  // namespace
}  // namespace judge::sandbox
