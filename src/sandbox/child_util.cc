#include "sandbox/child_util.h"

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "util/write_all.h"

namespace judge::sandbox::child {

bool append(char* buf, std::size_t cap, const char* text) {
  const std::size_t used = std::strlen(buf);
  const std::size_t add = std::strlen(text);
  if (used + add + 1 > cap) return false;
  std::memcpy(buf + used, text, add + 1);
  return true;
}

bool append_number(char* buf, std::size_t cap, std::int64_t value) {
  char digits[24];
  int n = 0;
  const bool negative = value < 0;
  std::uint64_t v =
      negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  char text[26];
  int pos = 0;
  if (negative) text[pos++] = '-';
  while (n > 0) text[pos++] = digits[--n];
  text[pos] = '\0';
  return append(buf, cap, text);
}

bool join(char* buf, std::size_t cap, const char* a, const char* b) {
  if (cap == 0) return false;
  buf[0] = '\0';
  return append(buf, cap, a) && append(buf, cap, b);
}

int make_parents(const char* path) {
  char buf[4096];
  if (!join(buf, sizeof buf, path, "")) return ENAMETOOLONG;
  for (char* p = buf + 1; *p != '\0'; ++p) {
    if (*p != '/') continue;
    *p = '\0';
    if (::mkdir(buf, 0755) != 0 && errno != EEXIST) return errno;
    *p = '/';
  }
  return 0;
}

int make_mount_point(const char* target, bool directory) {
  if (int err = make_parents(target); err != 0) return err;
  if (directory) {
    if (::mkdir(target, 0755) != 0 && errno != EEXIST) return errno;
    return 0;
  }
  const int fd = ::open(target, O_CREAT | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) return errno;
  ::close(fd);
  return 0;
}

namespace {

// The classic remount: the top mount only. Flags locked on the source mount must be kept, or the
// remount fails with EPERM.
int remount_top(const char* target, bool writable, bool allow_devices) {
  struct statvfs st {};
  if (::statvfs(target, &st) != 0) return errno;
  unsigned long flags = MS_REMOUNT | MS_BIND | MS_NOSUID;
  if (!writable) flags |= MS_RDONLY;
  if (!allow_devices) flags |= MS_NODEV;
  if (st.f_flag & ST_NODEV) flags |= MS_NODEV;
  if (st.f_flag & ST_NOEXEC) flags |= MS_NOEXEC;
  if (st.f_flag & ST_RDONLY) flags |= MS_RDONLY;
  if (st.f_flag & ST_NOATIME) flags |= MS_NOATIME;
  if (st.f_flag & ST_NODIRATIME) flags |= MS_NODIRATIME;
  if (st.f_flag & ST_RELATIME) flags |= MS_RELATIME;
  if (::mount(nullptr, target, nullptr, flags, nullptr) != 0) return errno;
  return 0;
}

// mount_setattr (Linux 5.12) exists: a call that changes nothing succeeds (or fails for lack of
// a right), and fails with ENOSYS where it does not exist. Asked once: the zygote's answer is
// inherited by every run's init, a copy of its memory.
bool have_mount_setattr() {
  static int known = -1;
  if (known < 0) {
    mount_attr none{};
    known =
        ::syscall(SYS_mount_setattr, AT_FDCWD, "/", 0, &none, sizeof none) == 0 || errno != ENOSYS;
  }
  return known == 1;
}

}  // namespace

int bind_mount(const char* source, const char* target, bool writable, bool allow_devices) {
  if (!have_mount_setattr()) {
    // No way to change a whole tree's flags: the path is bound without what is mounted below
    // it, so nothing below can be writable (or expose devices).
    if (::mount(source, target, nullptr, MS_BIND, nullptr) != 0) return errno;
    return remount_top(target, writable, allow_devices);
  }
  if (::mount(source, target, nullptr, MS_BIND | MS_REC, nullptr) != 0) return errno;
  // Every mount of the tree, not only the top one: a writable mount below a read-only path
  // (a tmpfs under /usr, a data disk under a toolchain directory) must not stay writable.
  // Flags are only added, so none the kernel locked on the host's mounts is cleared.
  mount_attr attr{};
  attr.attr_set = MOUNT_ATTR_NOSUID;
  if (!writable) attr.attr_set |= MOUNT_ATTR_RDONLY;
  if (!allow_devices) attr.attr_set |= MOUNT_ATTR_NODEV;
  if (::syscall(SYS_mount_setattr, AT_FDCWD, target, AT_RECURSIVE, &attr, sizeof attr) != 0) {
    return errno;
  }
  return 0;
}

long send_with_fds(int socket_fd, const void* data, std::size_t size, const int* fds,
                   std::size_t fd_count) {
  if (fd_count > kMaxPassedFds) {
    errno = EINVAL;
    return -1;
  }
  iovec iov{const_cast<void*>(data), size};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMaxPassedFds)] = {};
  msghdr msg{};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  if (fd_count > 0) {
    msg.msg_control = control;
    msg.msg_controllen = CMSG_SPACE(sizeof(int) * fd_count);
    cmsghdr* c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int) * fd_count);
    std::memcpy(CMSG_DATA(c), fds, sizeof(int) * fd_count);
  }
  return ::sendmsg(socket_fd, &msg, MSG_NOSIGNAL);
}

long receive_with_fds(int socket_fd, void* data, std::size_t size, int* fds, std::size_t max_fds,
                      std::size_t* fd_count) {
  iovec iov{data, size};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMaxPassedFds)] = {};
  msghdr msg{};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = control;
  msg.msg_controllen = sizeof control;
  ssize_t n;
  do {
    n = ::recvmsg(socket_fd, &msg, MSG_CMSG_CLOEXEC);
  } while (n < 0 && errno == EINTR);
  *fd_count = 0;
  if (n < 0) return -1;
  for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c != nullptr; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
    const std::size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    for (std::size_t i = 0; i < count; ++i) {
      int fd;
      std::memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof fd);
      if (*fd_count < max_fds) {
        fds[(*fd_count)++] = fd;
      } else {
        ::close(fd);  // more than asked for: not ours to keep
      }
    }
  }
  return n;
}

int set_ids(unsigned uid, unsigned gid, bool drop_groups) {
  if (drop_groups && ::syscall(SYS_setgroups, 0, nullptr) != 0) return errno;
  if (::syscall(SYS_setresgid, gid, gid, gid) != 0) return errno;
  if (::syscall(SYS_setresuid, uid, uid, uid) != 0) return errno;
  return 0;
}

namespace {

// Closes [first, last]; close_range where the kernel has it (5.9), else one by one.
void close_range_of(unsigned first, unsigned last) {
  if (first > last) return;
  if (::syscall(SYS_close_range, first, last, 0U) == 0) return;
  rlimit open_files{};
  const unsigned cap =
      ::getrlimit(RLIMIT_NOFILE, &open_files) == 0 && open_files.rlim_cur < (1U << 20)
          ? static_cast<unsigned>(open_files.rlim_cur)
          : (1U << 20);
  for (unsigned fd = first; fd <= last && fd < cap; ++fd) ::close(static_cast<int>(fd));
}

}  // namespace

void close_all_fds_except(const int* keep, std::size_t count) {
  unsigned next = 3;  // the lowest descriptor not yet dealt with
  for (;;) {
    // The smallest kept descriptor at or above `next` (the list is short and unsorted).
    unsigned kept = ~0U;
    for (std::size_t i = 0; i < count; ++i) {
      if (keep[i] >= 0 && static_cast<unsigned>(keep[i]) >= next &&
          static_cast<unsigned>(keep[i]) < kept) {
        kept = static_cast<unsigned>(keep[i]);
      }
    }
    if (kept == ~0U) return close_range_of(next, ~0U);
    if (kept > next) close_range_of(next, kept - 1);
    next = kept + 1;
  }
}

bool write_all(int fd, const void* data, std::size_t size) {
  return judge::write_all(fd, data, size) == 0;
}

void fail(int status_fd, Step step, int error, int index) {
  ChildRecord record{};
  record.kind = RecordKind::kSetupFailed;
  record.step = step;
  record.error = error;
  record.index = index;
  record.blocked_syscall = -1;
  write_all(status_fd, &record, sizeof record);
  ::_exit(127);
}

}  // namespace judge::sandbox::child
