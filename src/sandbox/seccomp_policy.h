// seccomp policies: text files under seccomp/*.policy compiled to classic BPF in the parent.
//
// The judge compiles a policy with libseccomp before it clones the sandboxed child; the child
// then loads the finished program with the raw seccomp(2) syscall, so nothing between clone and
// exec needs libseccomp or allocates memory. The policy format is documented at the top of
// seccomp/default.policy; parsing lives in seccomp_parser.h.
#pragma once

#include <linux/filter.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace judge::sandbox {

// What a denied syscall does to the program.
enum class DenyAction {
  // SCMP_ACT_NOTIFY: the syscall blocks and a supervisor holding the listener fd (from
  // SECCOMP_FILTER_FLAG_NEW_LISTENER) receives a notification naming it, then kills the run.
  kNotify,
  // SCMP_ACT_KILL_PROCESS: the kernel kills the whole process with SIGSYS. The fallback when the
  // kernel lacks user notification (see kernel_supports_user_notification()).
  kKillProcess,
};

// A compiled filter, ready for seccomp(SECCOMP_SET_MODE_FILTER, flags, &program.fprog()).
// The filter does not set no_new_privs: the sandbox does that itself before loading it.
struct SeccompProgram {
  std::vector<sock_filter> filter;

  // The kernel's view of `filter`. Allocation-free, so it is safe between clone and exec; the
  // pointer stays valid while this object lives and is not modified. The kernel only reads it.
  sock_fprog fprog() const {
    return sock_fprog{static_cast<unsigned short>(filter.size()),
                      const_cast<sock_filter*>(filter.data())};
  }
};

// Parses and compiles a policy file for the native architecture (x86_64). Every non-native ABI
// (i386 `int 0x80`, x32 syscall numbers) kills the process regardless of `action`.
// Throws ConfigError(file, "line N", ...) for a bad policy, InternalError when libseccomp fails.
SeccompProgram compile_policy(const std::filesystem::path& policy_file, DenyAction action);

// data_dir()/seccomp/<name>.policy. Throws ConfigError when the name is not a plain file name
// or no such policy exists.
std::filesystem::path policy_path(const std::string& name);

// Native-architecture name of syscall `nr` ("ptrace"), or "syscall N" when unknown.
std::string syscall_name(int nr);
// The same for a syscall of the ABI `audit_arch` (AUDIT_ARCH_*, from a seccomp notification):
// "getpid (i386 ABI)", "getpid (x32 ABI)", or the native name.
std::string syscall_name(int nr, std::uint32_t audit_arch);

// True when /proc/sys/kernel/seccomp/actions_avail lists user_notif (Linux >= 5.0).
bool kernel_supports_user_notification();

}  // namespace judge::sandbox
