// Who the sandbox's namespaces belong to, and the kernel quotas charged to that owner.
//
// The kernel charges many per-user quotas (inotify instances and watches, fanotify groups, the
// namespaces themselves, and the rlimit-bounded counts of queued signals, POSIX message queue
// bytes and locked memory) hierarchically: to the user inside the namespace where the program
// runs, and at every level above to the uid that CREATED that user namespace. A namespace made by
// a root judge would charge host root, so a program holding 128 inotify instances would leave
// the host's root none. The zygote therefore creates its user namespace as the sandbox's own
// unprivileged host uid (as root) or as the judge's uid (rootless), and caps these quotas inside
// it, so all runs of one sandbox together can never take more than the caps below from the
// owner. The audit of every quota is in man/judge.1 (KERNEL QUOTAS).
//
// Code here runs between clone and exec: raw syscalls only, no allocation.
#pragma once

#include <sys/types.h>

namespace judge::sandbox {

// A cap in the sandbox's user namespace (/proc/sys/user/NAME), shared by every run of a zygote.
struct NamespaceQuota {
  const char* name;
  long value;
};

// The caps written in every sandbox's user namespace.
inline constexpr NamespaceQuota kNamespaceQuotas[] = {
    {"max_user_namespaces", 0},  // no nested user namespace, even if seccomp missed a way
    {"max_inotify_instances", 32}, {"max_inotify_watches", 16384},
    {"max_fanotify_groups", 0},  // fanotify_init is denied by seccomp besides
    {"max_fanotify_marks", 0},
};

// Rlimits of the namespace's creator, which the kernel keeps as the namespace's caps on the
// rlimit-bounded counts: each is lowered to this value or to a quarter of the owner's own limit,
// whichever is less (never raised), so the owner keeps most of its quota whatever runs do.
inline constexpr long kSignalsQueuedMax = 4096;        // RLIMIT_SIGPENDING
inline constexpr long kMessageQueueBytesMax = 819200;  // RLIMIT_MSGQUEUE (the kernel default)
inline constexpr long kLockedMemoryMax = 8L << 20;     // RLIMIT_MEMLOCK (8 MiB)

// In the zygote's process, still in the host's namespaces: as root, drops every host privilege
// by becoming owner_uid/owner_gid (so the namespace's owner is that unprivileged uid); lowers the
// rlimits above; unshares the user, mount, network, IPC and UTS namespaces. Returns 0 or an
// errno; *step_failed says which part failed (0 owner, 1 rlimits, 2 unshare).
int enter_owned_namespaces(bool root_mode, uid_t owner_uid, gid_t owner_gid, int* step_failed);

// Once the judge has written the maps: as root, becomes inside root (host root, mapped, with
// capabilities only in the namespace) so host paths can be bound. Returns 0 or an errno.
int become_inside_root(bool root_mode);

// Writes kNamespaceQuotas into the namespace's /proc/sys/user (the host's /proc, before the
// pivot). A limit this kernel lacks (older kernels have no fanotify caps) is skipped. Returns 0
// or an errno; *index is the failing entry.
int cap_namespace_quotas(int* index);

}  // namespace judge::sandbox
