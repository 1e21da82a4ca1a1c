#include "judge/grade/content_hash.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <string>
#include <vector>

#include "util/error.h"
#include "util/sha256.h"
#include "util/unique_fd.h"
#include "util/untrusted_file.h"

namespace judge::grade {

namespace {

// Every part is length-prefixed so that no two trees hash the same text.
void add(Sha256& hash, std::string_view part) {
  hash.update(std::to_string(part.size()) + ":");
  hash.update(part);
}

struct Walk {
  Sha256 hash;
  std::string not_plain;
  void note(const std::string& shown, const std::string& kind) {
    if (not_plain.empty()) not_plain = shown + " is " + kind;
  }
};

void hash_at(Walk& walk, int dir_fd, const std::string& name, const std::string& shown,
             bool follow);

void hash_regular(Sha256& hash, int fd, const std::string& shown) {
  add(hash, "file");
  char buffer[1 << 16];
  std::string contents;
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw_errno("read", shown);
    if (n == 0) break;
    contents.append(buffer, static_cast<std::size_t>(n));
  }
  add(hash, contents);
}

void hash_directory(Walk& walk, int fd, const std::string& shown) {
  // fdopendir takes the descriptor; a duplicate keeps ours for openat.
  DIR* dir = ::fdopendir(::dup(fd));
  if (dir == nullptr) throw_errno("opendir", shown);
  std::vector<std::string> names;
  while (const dirent* entry = ::readdir(dir)) {
    const std::string name = entry->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  ::closedir(dir);
  std::sort(names.begin(), names.end());
  add(walk.hash, "dir");
  add(walk.hash, std::to_string(names.size()));
  for (const std::string& name : names) {
    add(walk.hash, name);
    hash_at(walk, fd, name, shown + "/" + name, false);
  }
}

void hash_at(Walk& walk, int dir_fd, const std::string& name, const std::string& shown,
             bool follow) {
  Sha256& hash = walk.hash;
  struct stat info {};
  if (::fstatat(dir_fd, name.c_str(), &info, follow ? 0 : AT_SYMLINK_NOFOLLOW) != 0) {
    if (errno != ENOENT && errno != ENOTDIR) throw_errno("stat", shown);
    add(hash, "missing");
    return;
  }
  if (S_ISLNK(info.st_mode)) {
    std::string target(static_cast<std::size_t>(PATH_MAX), '\0');
    const ssize_t n = ::readlinkat(dir_fd, name.c_str(), target.data(), target.size());
    if (n < 0) throw_errno("readlink", shown);
    target.resize(static_cast<std::size_t>(n));
    add(hash, "link");
    add(hash, target);
    walk.note(shown, "a symbolic link");
    return;
  }
  if (!S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode)) {
    add(hash, "special");
    walk.note(shown, file_kind(info.st_mode));
    return;
  }
  // O_NOFOLLOW and O_NONBLOCK: what was swapped in since fstatat is refused, never followed or
  // waited on; the type is checked again on the descriptor.
  const int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (follow ? 0 : O_NOFOLLOW);
  UniqueFd fd(::openat(dir_fd, name.c_str(), flags));
  if (!fd) throw_errno("open", shown);
  if (::fstat(fd.get(), &info) != 0) throw_errno("fstat", shown);
  if (S_ISREG(info.st_mode)) {
    hash_regular(hash, fd.get(), shown);
  } else if (S_ISDIR(info.st_mode)) {
    hash_directory(walk, fd.get(), shown);
  } else {
    add(hash, "special");
    walk.note(shown, file_kind(info.st_mode));
  }
}

}  // namespace

TreeHash tree_sha256(const std::filesystem::path& path, bool follow_path) {
  const std::filesystem::path parent = path.has_parent_path() ? path.parent_path() : ".";
  Walk walk;
  UniqueFd parent_fd(::open(parent.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (!parent_fd) {
    add(walk.hash, "missing");
  } else {
    const std::string name = path.filename().empty() ? "." : path.filename().string();
    hash_at(walk, parent_fd.get(), name, path.string(), follow_path);
  }
  return {walk.hash.hex_digest(), walk.not_plain};
}

}  // namespace judge::grade
