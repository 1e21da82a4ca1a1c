#include "util/remove_tree.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

#include "util/unique_fd.h"

namespace judge {

namespace {

constexpr int kDirFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

struct Level {
  std::string name;  // the directory's name in its parent
  dev_t dev;
  ino_t ino;
};

// Opens the subdirectory `name` of `parent`, making it readable first if a program took that
// away. fchmodat follows links, but the caller saw a directory (not a link) there with
// AT_SYMLINK_NOFOLLOW, and every program that could swap it is gone by the time of cleanup;
// O_NOFOLLOW on the open still refuses a link.
int open_subdir(int parent, const char* name) {
  int fd = ::openat(parent, name, kDirFlags);
  if (fd < 0 && errno == EACCES && ::fchmodat(parent, name, 0700, 0) == 0) {
    fd = ::openat(parent, name, kDirFlags);
  }
  return fd;
}

enum class Step { kEmptied, kDescend, kFailed };

// Removes every non-directory entry of `dir`; stops at the first subdirectory (its name goes to
// *subdir) so the caller can descend into it. Entries that cannot be removed are counted in
// *failed and remembered in `skip`, so the walk never loops on them.
Step empty_files(int dir, std::string* subdir, std::vector<std::string>& skip, bool* failed) {
  ::fchmod(dir, 0700);  // needed to unlink in it; fails harmlessly for someone else's dir
  UniqueFd listing(::openat(dir, ".", kDirFlags));
  if (!listing) return Step::kFailed;
  DIR* stream = ::fdopendir(listing.get());
  if (stream == nullptr) return Step::kFailed;
  listing.release();
  Step step = Step::kEmptied;
  while (const dirent* entry = ::readdir(stream)) {
    const std::string name = entry->d_name;
    if (name == "." || name == "..") continue;
    bool skipped = false;
    for (const std::string& s : skip) skipped = skipped || s == name;
    if (skipped) continue;
    struct stat st {};
    if (::fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) continue;  // gone
    if (S_ISDIR(st.st_mode)) {
      *subdir = name;
      step = Step::kDescend;
      break;
    }
    if (::unlinkat(dir, name.c_str(), 0) != 0 && errno != ENOENT) {
      skip.push_back(name);
      *failed = true;
    }
  }
  ::closedir(stream);
  return step;
}

}  // namespace

bool remove_tree(const std::filesystem::path& given) {
  std::filesystem::path path = given.lexically_normal();
  if (path.filename().empty()) path = path.parent_path();  // "dir/" names dir
  struct stat root_st {};
  if (::lstat(path.c_str(), &root_st) != 0) return errno == ENOENT;
  if (!S_ISDIR(root_st.st_mode)) return ::unlink(path.c_str()) == 0 || errno == ENOENT;
  const std::filesystem::path parent_path =
      path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  UniqueFd parent(::open(parent_path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!parent) return false;
  const std::string root_name = path.filename().string();
  UniqueFd current(open_subdir(parent.get(), root_name.c_str()));
  struct stat opened {};
  if (!current || ::fstat(current.get(), &opened) != 0 || opened.st_dev != root_st.st_dev ||
      opened.st_ino != root_st.st_ino) {
    return false;
  }

  // Depth-first without recursion: the path down is kept as names (and the identity of each
  // level, to check that ".." really leads back), not as open descriptors.
  std::vector<Level> down;
  std::vector<std::vector<std::string>> skips(1);
  bool failed = false;
  while (true) {
    std::string subdir;
    const Step step = empty_files(current.get(), &subdir, skips.back(), &failed);
    if (step == Step::kDescend) {
      struct stat st {};
      UniqueFd child(open_subdir(current.get(), subdir.c_str()));
      if (!child || ::fstat(child.get(), &st) != 0) {
        skips.back().push_back(subdir);
        failed = true;
        continue;
      }
      down.push_back({subdir, st.st_dev, st.st_ino});
      skips.emplace_back();
      current = std::move(child);
      continue;
    }
    if (step == Step::kFailed) failed = true;
    if (down.empty()) break;
    // This level is empty (or holds only what could not be removed): back up and remove it.
    const Level level = down.back();
    down.pop_back();
    skips.pop_back();
    UniqueFd up(::openat(current.get(), "..", kDirFlags));
    struct stat up_st {};
    const dev_t want_dev = down.empty() ? 0 : down.back().dev;
    const ino_t want_ino = down.empty() ? 0 : down.back().ino;
    if (!up || ::fstat(up.get(), &up_st) != 0 ||
        (down.empty() ? (up_st.st_dev != root_st.st_dev || up_st.st_ino != root_st.st_ino)
                      : (up_st.st_dev != want_dev || up_st.st_ino != want_ino))) {
      return false;  // the tree moved under us: stop rather than remove anything elsewhere
    }
    current = std::move(up);
    if (::unlinkat(current.get(), level.name.c_str(), AT_REMOVEDIR) != 0 && errno != ENOENT) {
      skips.back().push_back(level.name);
      failed = true;
    }
  }
  current.reset();
  if (::unlinkat(parent.get(), root_name.c_str(), AT_REMOVEDIR) != 0 && errno != ENOENT) {
    return false;
  }
  return !failed;
}

}  // namespace judge
