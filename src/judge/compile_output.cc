#include "judge/compile_output.h"

#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "util/error.h"
#include "util/unique_fd.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

// Opens `name` in `dir` without following anything: no symlink, no magic link, no other mount,
// nothing above `dir`.
int open_beneath(int dir, const char* name, std::uint64_t flags) {
  open_how how{};
  how.flags = flags | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY;
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_XDEV;
  long fd;
  do {
    fd = ::syscall(SYS_openat2, dir, name, &how, sizeof how);
  } while (fd < 0 && (errno == EINTR || errno == EAGAIN));
  return static_cast<int>(fd);
}

const char* kind_of(mode_t mode) {
  if (S_ISLNK(mode)) return "a symbolic link";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  return "not a regular file or directory";
}

class OutputCopier {
 public:
  OutputCopier(const std::set<std::string>& bound, const CompileOutputLimits& limits)
      : bound_(bound), limits_(limits) {}

  // Copies the directory open as `dir` (O_RDONLY | O_DIRECTORY) to `target`; "" or why not.
  std::string copy_dir(int dir, const fs::path& target, const std::string& shown, int depth) {
    if (depth > limits_.max_depth) return refuse(shown, "is nested too deep");
    make_dir(target);
    // fdopendir takes the descriptor it is given: a duplicate keeps `dir` ours.
    DIR* listing = ::fdopendir(::fcntl(dir, F_DUPFD_CLOEXEC, 0));
    if (listing == nullptr) throw_errno("opendir", shown);
    std::string problem;
    while (problem.empty()) {
      errno = 0;
      const dirent* entry = ::readdir(listing);
      if (entry == nullptr) {
        if (errno != 0)
          problem = refuse(shown, std::string("cannot be listed: ") + strerror(errno));
        break;
      }
      const std::string name = entry->d_name;
      if (name == "." || name == "..") continue;
      if (depth == 0 && bound_.count(name) != 0) continue;  // a source: the judge has its own copy
      problem = copy_entry(dir, name, target / name, shown + name, depth);
    }
    ::closedir(listing);
    return problem;
  }

 private:
  std::string copy_entry(int dir, const std::string& name, const fs::path& target,
                         const std::string& shown, int depth) {
    if (++entries_ > limits_.max_entries) {
      return "the compile left more than " + std::to_string(limits_.max_entries) +
             " files and directories in /box";
    }
    struct stat st {};
    if (::fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
      return refuse(shown, std::string("cannot be read: ") + strerror(errno));
    }
    if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) return refuse(shown, kind_of(st.st_mode));
    const std::uint64_t flags =
        S_ISDIR(st.st_mode) ? O_RDONLY | O_DIRECTORY : O_RDONLY | O_NONBLOCK;
    UniqueFd fd(open_beneath(dir, name.c_str(), flags));
    if (!fd) return refuse(shown, std::string("cannot be opened: ") + strerror(errno));
    if (::fstat(fd.get(), &st) != 0) throw_errno("fstat", shown);
    if (S_ISDIR(st.st_mode)) return copy_dir(fd.get(), target, shown + "/", depth + 1);
    if (!S_ISREG(st.st_mode)) return refuse(shown, kind_of(st.st_mode));
    return copy_file(fd.get(), st, target, shown);
  }

  std::string copy_file(int from, const struct stat& st, const fs::path& target,
                        const std::string& shown) {
    if (st.st_size > limits_.max_bytes - bytes_) return too_big();
    const mode_t mode = (st.st_mode & 0111) != 0 ? 0755 : 0644;
    UniqueFd to(::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode));
    if (!to) throw_errno("create", target.string());
    char buffer[64 << 10];
    for (;;) {
      const ssize_t n = ::read(from, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return refuse(shown, std::string("cannot be read: ") + strerror(errno));
      if (n == 0) break;
      bytes_ += n;
      if (bytes_ > limits_.max_bytes) return too_big();
      for (ssize_t done = 0; done < n;) {
        const ssize_t w = ::write(to.get(), buffer + done, static_cast<std::size_t>(n - done));
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) throw_errno("write", target.string());
        done += w;
      }
    }
    if (::fchmod(to.get(), mode) != 0) throw_errno("chmod", target.string());  // whatever umask
    return "";
  }

  static void make_dir(const fs::path& path) {
    if (::mkdir(path.c_str(), 0755) != 0 && errno != EEXIST) throw_errno("mkdir", path.string());
    if (::chmod(path.c_str(), 0755) != 0) throw_errno("chmod", path.string());
  }

  static std::string refuse(const std::string& shown, const std::string& why) {
    return "the compile left '/box/" + shown + "', which " +
           (why.rfind("a ", 0) == 0 || why.rfind("not ", 0) == 0 ? "is " : "") + why +
           ": a program's files may only be regular files and directories";
  }

  std::string too_big() const {
    return "the compile left more than " + std::to_string(limits_.max_bytes >> 20) +
           " MiB of files in /box";
  }

  const std::set<std::string>& bound_;
  const CompileOutputLimits& limits_;
  std::size_t entries_ = 0;
  std::int64_t bytes_ = 0;
};

}  // namespace

std::string copy_compile_output(int box_fd, const fs::path& target,
                                const std::set<std::string>& bound,
                                const CompileOutputLimits& limits) {
  UniqueFd box(open_beneath(box_fd, ".", O_RDONLY | O_DIRECTORY));
  if (!box) throw_errno("open", "the compile's /box");
  OutputCopier copier(bound, limits);
  return copier.copy_dir(box.get(), target, "", 0);
}

}  // namespace judge
