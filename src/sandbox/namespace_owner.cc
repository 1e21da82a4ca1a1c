#include "sandbox/namespace_owner.h"

#include <fcntl.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "sandbox/child_util.h"

namespace judge::sandbox {

namespace {

// At most `value`, and at most a quarter of what the owner has: these counts are the owner's, and
// (rootless) the user's own processes must keep the rest.
int lower_limit(int resource, long value) {
  rlimit rl{};
  const auto which = static_cast<__rlimit_resource>(resource);
  if (::getrlimit(which, &rl) != 0) return errno;
  rlim_t cap = static_cast<rlim_t>(value);
  if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur / 4 < cap) cap = rl.rlim_cur / 4;
  if (rl.rlim_max > cap) rl.rlim_max = cap;
  if (rl.rlim_cur > rl.rlim_max) rl.rlim_cur = rl.rlim_max;
  return ::setrlimit(which, &rl) == 0 ? 0 : errno;
}

}  // namespace

int enter_owned_namespaces(bool root_mode, uid_t owner_uid, gid_t owner_gid, int* step_failed) {
  *step_failed = 0;
  if (root_mode) {
    if (int err = child::set_ids(owner_uid, owner_gid, true); err != 0) return err;
  }
  *step_failed = 1;
  const struct {
    int resource;
    long value;
  } caps[] = {{RLIMIT_SIGPENDING, kSignalsQueuedMax},
              {RLIMIT_MSGQUEUE, kMessageQueueBytesMax},
              {RLIMIT_MEMLOCK, kLockedMemoryMax}};
  for (const auto& cap : caps) {
    if (int err = lower_limit(cap.resource, cap.value); err != 0) return err;
  }
  *step_failed = 2;
  if (::unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS) != 0) {
    return errno;
  }
  return 0;
}

int become_inside_root(bool root_mode) {
  return root_mode ? child::set_ids(0, 0, true) : 0;
}

int cap_namespace_quotas(int* index) {
  int i = 0;
  for (const NamespaceQuota& quota : kNamespaceQuotas) {
    *index = i++;
    char path[128];
    char value[32] = "";
    if (!child::join(path, sizeof path, "/proc/sys/user/", quota.name) ||
        !child::append_number(value, sizeof value, quota.value)) {
      return ENAMETOOLONG;
    }
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
      if (errno == ENOENT) continue;  // this kernel has no such quota
      return errno;
    }
    const bool ok =
        ::write(fd, value, std::strlen(value)) == static_cast<ssize_t>(std::strlen(value));
    const int err = errno;
    ::close(fd);
    if (!ok) return err;
  }
  return 0;
}

}  // namespace judge::sandbox
