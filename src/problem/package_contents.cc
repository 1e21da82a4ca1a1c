#include "problem/package_contents.h"

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <string>
#include <system_error>

#include "util/error.h"
#include "util/unique_fd.h"
#include "util/untrusted_file.h"

namespace judge::problem {

namespace fs = std::filesystem;

namespace {

// Far above any real package (ten thousand tests are twenty thousand files); bounds the time a
// hostile package can make the judge spend before it says no.
constexpr std::size_t kMaxEntries = 1'000'000;

bool is_inside(const fs::path& path, const fs::path& root) {
  const auto [root_end, path_it] =
      std::mismatch(root.begin(), root.end(), path.begin(), path.end());
  return root_end == root.end();
}

[[noreturn]] void refuse_special(const fs::path& entry, unsigned mode) {
  throw ConfigError(entry.string(), "",
                    "is " + file_kind(mode) +
                        "; a problem package holds only regular files, folders and symbolic "
                        "links inside the package (replace it with a regular file)");
}

// The kernel resolves the link from the package root with RESOLVE_BENEATH, which fails (EXDEV)
// as soon as the resolution would leave the package: one call instead of an lstat per component.
// Absolute links also fail that way, so EXDEV falls back to canonical(), which accepts an
// absolute link to the package's own files.
void check_link(const fs::path& entry, const fs::path& root, int root_fd) {
  open_how how{};
  how.flags = O_PATH | O_CLOEXEC;
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
  const std::string relative = entry.lexically_relative(root).string();
  UniqueFd fd(
      static_cast<int>(::syscall(SYS_openat2, root_fd, relative.c_str(), &how, sizeof how)));
  struct stat st {};
  if (fd) {
    if (::fstat(fd.get(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
      refuse_special(entry, st.st_mode);
    }
    return;
  }
  if (errno != EXDEV && errno != ENOSYS) return;  // dangling or a loop: whatever reads it says so
  std::error_code ec;
  const fs::path target = fs::canonical(entry, ec);
  if (ec) return;
  if (!is_inside(target, root)) {
    throw ConfigError(entry.string(), "",
                      "is a symbolic link to " + target.string() +
                          ", outside the problem package; a package may link only to its own "
                          "files (copy the file into the package instead)");
  }
  if (::stat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    refuse_special(entry, st.st_mode);
  }
}

}  // namespace

void check_package_contents(const fs::path& dir) {
  std::error_code ec;
  const fs::path root = fs::canonical(dir, ec);
  if (ec) throw ConfigError(dir.string(), "", "cannot be resolved: " + ec.message());
  const UniqueFd root_fd(::open(root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (!root_fd)
    throw ConfigError(dir.string(), "", "cannot be opened: " + std::string(::strerror(errno)));
  std::size_t entries = 0;
  // Walks the real folders only (symbolic links to folders are not entered: their targets are
  // inside the package, so they are walked where they really are).
  fs::recursive_directory_iterator it(root, fs::directory_options::none, ec);
  if (ec) throw ConfigError(dir.string(), "", "cannot be listed: " + ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (++entries > kMaxEntries) {
      throw ConfigError(dir.string(), "",
                        "holds more than " + std::to_string(kMaxEntries) +
                            " files and folders; a problem package this large is refused");
    }
    const fs::path& path = it->path();
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) continue;  // gone meanwhile
    if (S_ISLNK(st.st_mode)) {
      check_link(path, root, root_fd.get());
    } else if (S_ISDIR(st.st_mode)) {
      if (path.filename().string().starts_with('.')) it.disable_recursion_pending();
    } else if (!S_ISREG(st.st_mode)) {
      refuse_special(path, st.st_mode);
    }
  }
  if (ec) throw ConfigError(dir.string(), "", "cannot be walked: " + ec.message());
}

}  // namespace judge::problem
