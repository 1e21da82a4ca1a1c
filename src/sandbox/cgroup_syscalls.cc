#include "sandbox/cgroup_syscalls.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>

#include "util/unique_fd.h"

namespace judge::sandbox {

int CgroupSyscalls::read_file(const std::string& path, std::string* content) {
  const int fd = CgroupSyscalls::open_file(path);
  if (fd < 0) return -fd;
  const int err = CgroupSyscalls::reread_file(fd, content);
  ::close(fd);
  return err;
}

int CgroupSyscalls::open_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  return fd >= 0 ? fd : -errno;
}

int CgroupSyscalls::reread_file(int fd, std::string* content) {
  content->clear();
  char buffer[4096];
  for (;;) {
    const ssize_t n = ::pread(fd, buffer, sizeof buffer, static_cast<off_t>(content->size()));
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    if (n == 0) return 0;
    content->append(buffer, static_cast<std::size_t>(n));
  }
}

void CgroupSyscalls::close_file(int fd) {
  ::close(fd);
}

int CgroupSyscalls::write_file(const std::string& path, std::string_view value) {
  UniqueFd fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC));
  if (!fd) return errno;
  ssize_t n;
  do {
    n = ::write(fd.get(), value.data(), value.size());
  } while (n < 0 && errno == EINTR);
  if (n < 0) return errno;
  return static_cast<std::size_t>(n) == value.size() ? 0 : EIO;
}

int CgroupSyscalls::make_dir(const std::string& path) {
  return ::mkdir(path.c_str(), 0755) == 0 ? 0 : errno;
}

int CgroupSyscalls::remove_dir(const std::string& path) {
  return ::rmdir(path.c_str()) == 0 ? 0 : errno;
}

bool CgroupSyscalls::exists(const std::string& path) {
  return ::access(path.c_str(), F_OK) == 0;
}

bool CgroupSyscalls::writable(const std::string& path) {
  return ::access(path.c_str(), W_OK) == 0;
}

std::vector<std::string> CgroupSyscalls::subdirectories(const std::string& path) {
  std::vector<std::string> names;
  DIR* dir = ::opendir(path.c_str());
  if (dir == nullptr) return names;
  while (const dirent* entry = ::readdir(dir)) {
    std::string name = entry->d_name;
    if (name == "." || name == "..") continue;
    struct stat st {};
    if (::fstatat(::dirfd(dir), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
        S_ISDIR(st.st_mode)) {
      names.push_back(std::move(name));
    }
  }
  ::closedir(dir);
  return names;
}

int CgroupSyscalls::kill_process(pid_t pid, int signal) {
  return ::kill(pid, signal) == 0 ? 0 : errno;
}

bool CgroupSyscalls::process_alive(pid_t pid) {
  // EPERM means it exists but belongs to someone else: alive.
  return ::kill(pid, 0) == 0 || errno == EPERM;
}

void CgroupSyscalls::sleep_ms(int milliseconds) {
  timespec duration{milliseconds / 1000, (milliseconds % 1000) * 1000000L};
  while (::nanosleep(&duration, &duration) != 0 && errno == EINTR) {
  }
}

std::shared_ptr<CgroupSyscalls> real_cgroup_syscalls() {
  static const std::shared_ptr<CgroupSyscalls> real = std::make_shared<CgroupSyscalls>();
  return real;
}

}  // namespace judge::sandbox
