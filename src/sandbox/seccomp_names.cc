#include "sandbox/seccomp_names.h"

#include <fcntl.h>
#include <sched.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/personality.h>
#include <sys/socket.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <memory>
#include <utility>

namespace judge::sandbox {

namespace {

// x86_64 syscalls newer than the libseccomp we link (Debian 12's 2.5.4 knows up to
// futex_requeue, 456). Numbers from arch/x86/entry/syscalls/syscall_64.tbl. Without this table a
// policy could not name open_tree_attr, and a blocked listmount would be reported as
// "syscall 458".
constexpr std::array<std::pair<std::string_view, int>, 13> kNewerSyscalls{{
    {"statmount", 457},
    {"listmount", 458},
    {"lsm_get_self_attr", 459},
    {"lsm_set_self_attr", 460},
    {"lsm_list_modules", 461},
    {"mseal", 462},
    {"setxattrat", 463},
    {"getxattrat", 464},
    {"listxattrat", 465},
    {"removexattrat", 466},
    {"open_tree_attr", 467},
    {"file_getattr", 468},
    {"file_setattr", 469},
}};

constexpr std::array<std::pair<std::string_view, int>, 8> kErrnos{{
    {"EPERM", EPERM},
    {"ENOSYS", ENOSYS},
    {"EACCES", EACCES},
    {"EINVAL", EINVAL},
    {"ENOENT", ENOENT},
    {"EAFNOSUPPORT", EAFNOSUPPORT},
    {"EOPNOTSUPP", EOPNOTSUPP},
    {"ENOTTY", ENOTTY},
}};

// Constants that policy conditions compare syscall arguments with. Keep it small: a name here
// is a promise that it means the same thing in every policy.
constexpr std::array<std::pair<std::string_view, std::uint64_t>, 32> kConstants{{
    // socket(2) address families (arg0)
    {"AF_UNIX", AF_UNIX},
    {"AF_INET", AF_INET},
    {"AF_INET6", AF_INET6},
    {"AF_NETLINK", AF_NETLINK},
    {"AF_PACKET", AF_PACKET},
    {"AF_KEY", AF_KEY},
    {"AF_RDS", AF_RDS},
    {"AF_TIPC", AF_TIPC},
    {"AF_BLUETOOTH", AF_BLUETOOTH},
    {"AF_ALG", AF_ALG},
    {"AF_VSOCK", AF_VSOCK},
    {"AF_XDP", AF_XDP},
    // socket(2) types (arg1, low 4 bits; the rest are SOCK_CLOEXEC/SOCK_NONBLOCK)
    {"SOCK_STREAM", SOCK_STREAM},
    {"SOCK_DGRAM", SOCK_DGRAM},
    {"SOCK_RAW", SOCK_RAW},
    // clone(2)/unshare(2) namespace flags
    {"CLONE_NEWNS", CLONE_NEWNS},
    {"CLONE_NEWCGROUP", CLONE_NEWCGROUP},
    {"CLONE_NEWUTS", CLONE_NEWUTS},
    {"CLONE_NEWIPC", CLONE_NEWIPC},
    {"CLONE_NEWUSER", CLONE_NEWUSER},
    {"CLONE_NEWPID", CLONE_NEWPID},
    {"CLONE_NEWNET", CLONE_NEWNET},
    {"CLONE_NEWTIME", CLONE_NEWTIME},
    // ioctl(2) requests (arg1)
    {"TIOCSTI", TIOCSTI},
    {"TIOCLINUX", TIOCLINUX},
    // fcntl(2) (arg1)
    {"F_SETLEASE", F_SETLEASE},
    // personality(2) (arg0)
    {"PER_LINUX", PER_LINUX},
    {"PER_BSD", PER_BSD},
    {"ADDR_NO_RANDOMIZE", ADDR_NO_RANDOMIZE},
    {"READ_IMPLIES_EXEC", READ_IMPLIES_EXEC},
    {"PERSONALITY_QUERY", 0xffffffffULL},  // personality(0xffffffff) only reads the value
    // masks
    {"LOW32", 0xffffffffULL},  // the bits the kernel keeps of an `int`/`unsigned int` argument
}};

template <typename Table>
auto lookup(const Table& table, std::string_view name) -> std::optional<decltype(table[0].second)> {
  for (const auto& [key, value] : table) {
    if (key == name) return value;
  }
  return std::nullopt;
}

}  // namespace

std::optional<int> seccomp_syscall_number(std::string_view name) {
  const std::string name_z(name);
  // Negative results are __NR_SCMP_ERROR or libseccomp's pseudo numbers for syscalls that exist
  // only on other architectures (vm86, socketcall): neither can be filtered natively.
  const int nr = seccomp_syscall_resolve_name_arch(SCMP_ARCH_NATIVE, name_z.c_str());
  if (nr >= 0) return nr;
  return lookup(kNewerSyscalls, name);
}

std::optional<std::string> seccomp_syscall_name(int nr) {
  if (nr < 0) return std::nullopt;
  std::unique_ptr<char, decltype(&std::free)> name(
      seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, nr), &std::free);
  if (name) return std::string(name.get());
  for (const auto& [newer_name, newer_nr] : kNewerSyscalls) {
    if (newer_nr == nr) return std::string(newer_name);
  }
  return std::nullopt;
}

std::optional<int> seccomp_errno_number(std::string_view name) {
  return lookup(kErrnos, name);
}

std::optional<std::uint64_t> seccomp_constant(std::string_view name) {
  return lookup(kConstants, name);
}

}  // namespace judge::sandbox
