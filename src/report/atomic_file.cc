#include "report/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "util/error.h"
#include "util/unique_fd.h"
#include "util/write_all.h"

namespace judge::report {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& option, int err) {
  throw ConfigError(path, option, std::string("cannot write: ") + std::strerror(err));
}

// A name in the same directory as path (rename() is only atomic within one file system) that
// no other judge process or earlier call uses.
std::string temporary_name(const std::string& path) {
  static std::atomic<unsigned> counter{0};
  return path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
}

// O_EXCL so a symlink or file planted at the temporary name is never followed or truncated;
// mode 0666 so the umask decides the final permissions, as for any file the user creates.
UniqueFd create_temporary(const std::string& temp_path, const std::string& path,
                          const std::string& option) {
  UniqueFd fd(::open(temp_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666));
  if (!fd) fail(path, option, errno);
  return fd;
}

}  // namespace

void write_file_atomically(const std::string& path, const std::string& content,
                           const std::string& option, SyncFunction sync) {
  const std::string temp_path = temporary_name(path);
  UniqueFd fd = create_temporary(temp_path, path, option);
  int err = write_all(fd.get(), content.data(), content.size());
  if (err == 0 && sync(fd.get()) != 0) err = errno;
  // close() reports delayed write errors on some file systems (NFS), so it is checked too.
  if (::close(fd.release()) != 0 && err == 0) err = errno;
  if (err == 0 && ::rename(temp_path.c_str(), path.c_str()) != 0) err = errno;
  if (err != 0) {
    ::unlink(temp_path.c_str());
    fail(path, option, err);
  }
}

void check_file_writable(const std::string& path, const std::string& option) {
  // The final rename() would fail on a directory; say so now rather than after the run.
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) fail(path, option, EISDIR);
  const std::string temp_path = temporary_name(path);
  create_temporary(temp_path, path, option);
  ::unlink(temp_path.c_str());
}

}  // namespace judge::report
