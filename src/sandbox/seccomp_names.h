// Names used in seccomp policies: syscalls (native x86_64 numbering), errno values and the small
// table of symbolic constants conditions may use (AF_NETLINK, CLONE_NEWUSER, TIOCSTI, ...).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace judge::sandbox {

// Native syscall number for `name`, from libseccomp's tables plus the syscalls added to Linux
// after the libseccomp release we build against (open_tree_attr, listmount, ...).
std::optional<int> seccomp_syscall_number(std::string_view name);

// Inverse of seccomp_syscall_number; nullopt when neither table knows `nr`.
std::optional<std::string> seccomp_syscall_name(int nr);

// "ENOSYS" -> 38. Only errno values a policy plausibly returns.
std::optional<int> seccomp_errno_number(std::string_view name);

// "AF_NETLINK" -> 16, taken from the system headers so the values cannot drift.
std::optional<std::uint64_t> seccomp_constant(std::string_view name);

}  // namespace judge::sandbox
