#include "problem/package_contents.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <system_error>

#include "util/error.h"
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

void check_link(const fs::path& entry, const fs::path& root) {
  std::error_code ec;
  const fs::path target = fs::canonical(entry, ec);
  // A dangling link (or a loop) can lead nowhere: whatever reads it reports it by name.
  if (ec) return;
  if (!is_inside(target, root)) {
    throw ConfigError(entry.string(), "",
                      "is a symbolic link to " + target.string() +
                          ", outside the problem package; a package may link only to its own "
                          "files (copy the file into the package instead)");
  }
  struct stat st {};
  if (::stat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    refuse_special(entry, st.st_mode);
  }
}

}  // namespace

void check_package_contents(const fs::path& dir) {
  std::error_code ec;
  const fs::path root = fs::canonical(dir, ec);
  if (ec) throw ConfigError(dir.string(), "", "cannot be resolved: " + ec.message());
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
      check_link(path, root);
    } else if (S_ISDIR(st.st_mode)) {
      if (path.filename().string().starts_with('.')) it.disable_recursion_pending();
    } else if (!S_ISREG(st.st_mode)) {
      refuse_special(path, st.st_mode);
    }
  }
  if (ec) throw ConfigError(dir.string(), "", "cannot be walked: " + ec.message());
}

}  // namespace judge::problem
