#include "util/untrusted_file.h"

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include "util/error.h"

namespace judge {

namespace {

// RESOLVE_BENEATH: no "..", no absolute path out of dir; RESOLVE_NO_SYMLINKS: no link in any
// component. O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer.
int open_beneath(int dir_fd, const std::string& name, int flags) {
  // openat2 refuses (EINVAL) any flag but O_CLOEXEC, O_DIRECTORY and O_NOFOLLOW next to O_PATH.
  if ((flags & O_PATH) == 0) flags |= O_NONBLOCK | O_NOCTTY;
  open_how how{};
  how.flags = static_cast<std::uint64_t>(flags | O_CLOEXEC);
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
  const long fd = ::syscall(SYS_openat2, dir_fd, name.c_str(), &how, sizeof how);
  if (fd >= 0 || errno != ENOSYS) return static_cast<int>(fd);
  // Kernels before 5.6: one component only, and that one not a link.
  if (name.find('/') != std::string::npos || name == "..") {
    errno = EXDEV;
    return -1;
  }
  return ::openat(dir_fd, name.c_str(), flags | O_NOFOLLOW | O_CLOEXEC);
}

std::string refusal(int err) {
  if (err == ELOOP) return "is a symbolic link (or is reached through one); not followed";
  if (err == EXDEV) return "leads out of its directory; not followed";
  return std::string("cannot be opened: ") + ::strerror(err);
}

}  // namespace

std::string file_kind(unsigned mode) {
  switch (mode & S_IFMT) {
    case S_IFIFO:
      return "a FIFO";
    case S_IFSOCK:
      return "a socket";
    case S_IFCHR:
    case S_IFBLK:
      return "a device";
    case S_IFDIR:
      return "a directory";
    case S_IFLNK:
      return "a symbolic link";
    default:
      return "a regular file";
  }
}

UniqueFd open_untrusted_file(const std::filesystem::path& dir, const std::string& name,
                             std::string* why) {
  why->clear();
  UniqueFd dir_fd(::open(dir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (!dir_fd) {
    if (errno != ENOENT) *why = refusal(errno);
    return {};
  }
  return open_untrusted_file_at(dir_fd.get(), name, why);
}

UniqueFd open_untrusted_file_at(int dir_fd, const std::string& name, std::string* why) {
  why->clear();
  // First a handle that opens nothing (O_PATH), to look at the file's type: opening a device
  // for reading can have side effects, so only a regular file is opened for real.
  UniqueFd handle(open_beneath(dir_fd, name, O_PATH));
  if (!handle) {
    if (errno != ENOENT) *why = refusal(errno);
    return {};
  }
  struct stat first {};
  if (::fstat(handle.get(), &first) != 0) throw_errno("fstat", name);
  if (!S_ISREG(first.st_mode)) {
    *why = "is " + file_kind(first.st_mode) + ", not a regular file; not read";
    return {};
  }
  UniqueFd fd(open_beneath(dir_fd, name, O_RDONLY));
  struct stat second {};
  if (!fd || ::fstat(fd.get(), &second) != 0 || second.st_dev != first.st_dev ||
      second.st_ino != first.st_ino) {
    *why = "changed while it was being opened; not read";
    return {};
  }
  return fd;
}

UntrustedFile read_untrusted_file(const std::filesystem::path& dir, const std::string& name,
                                  std::size_t max_bytes) {
  UntrustedFile file;
  const UniqueFd fd = open_untrusted_file(dir, name, &file.why);
  if (!fd) {
    file.status =
        file.why.empty() ? UntrustedFile::Status::kMissing : UntrustedFile::Status::kRefused;
    return file;
  }
  file.status = UntrustedFile::Status::kRead;
  // One byte more than asked tells whether the file goes on.
  file.data.resize(max_bytes + 1);
  std::size_t got = 0;
  while (got < file.data.size()) {
    const ssize_t n = ::read(fd.get(), file.data.data() + got, file.data.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  file.truncated = got > max_bytes;
  file.data.resize(std::min(got, max_bytes));
  return file;
}

}  // namespace judge
