#include "judge/staging.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>
#include <system_error>

#include "util/error.h"
#include "util/remove_tree.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

constexpr fs::perms kReadable = fs::perms(0644);
constexpr fs::perms kExecutable = fs::perms(0755);
constexpr fs::perms kDirectory = fs::perms(0755);
// Others may traverse the root to reach what is bound from it, but not list it.
constexpr fs::perms kRootMode = fs::perms(0711);

[[noreturn]] void throw_fs(const std::string& operation, const fs::path& path,
                           const std::error_code& error) {
  throw_errno(operation, path.string(), error.value());
}

void set_mode(const fs::path& path, fs::perms mode) {
  std::error_code error;
  fs::permissions(path, mode, fs::perm_options::replace, error);
  if (error) throw_fs("chmod", path, error);
}

fs::path temp_base() {
  const char* tmpdir = std::getenv("TMPDIR");
  if (tmpdir != nullptr && *tmpdir != '\0') return tmpdir;
  return "/tmp";
}

// Staging dirs are named judge-<pid>-XXXXXX. One whose judge is gone (killed with SIGKILL, so
// its destructor never ran) is removed by the next judge of the same user.
void remove_stale_staging_dirs(const fs::path& base) {
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(base, error)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("judge-", 0) != 0) continue;
    const std::size_t dash = name.find('-', 6);
    if (dash == std::string::npos || dash == 6) continue;
    const std::string pid_text = name.substr(6, dash - 6);
    if (pid_text.find_first_not_of("0123456789") != std::string::npos) continue;
    struct stat st {};
    if (::lstat(entry.path().c_str(), &st) != 0 || !S_ISDIR(st.st_mode) ||
        st.st_uid != ::geteuid()) {
      continue;
    }
    const pid_t pid = static_cast<pid_t>(std::stol(pid_text));
    if (::kill(pid, 0) == 0 || errno != ESRCH) continue;  // its judge may still be running
    remove_tree(entry.path());
  }
}

}  // namespace

void copy_readable_file(const fs::path& source, const fs::path& target) {
  std::error_code error;
  const fs::file_status status = fs::status(source, error);
  if (error) throw_fs("stat", source, error);
  if (!fs::is_regular_file(status)) {
    throw InternalError("copy(" + source.string() + "): not a regular file");
  }
  fs::copy_file(source, target, fs::copy_options::overwrite_existing, error);
  if (error) throw_fs("copy", target, error);
  const bool executable = (status.permissions() & (fs::perms::owner_exec | fs::perms::group_exec |
                                                   fs::perms::others_exec)) != fs::perms::none;
  set_mode(target, executable ? kExecutable : kReadable);
}

void copy_readable_tree(const fs::path& source, const fs::path& target, fs::perms dir_mode) {
  std::error_code error;
  fs::create_directories(target, error);
  if (error) throw_fs("mkdir", target, error);
  set_mode(target, dir_mode);
  for (const fs::directory_entry& entry : fs::directory_iterator(source)) {
    const fs::path destination = target / entry.path().filename();
    if (entry.is_directory()) {
      copy_readable_tree(entry.path(), destination, dir_mode);
    } else if (entry.is_regular_file()) {
      copy_readable_file(entry.path(), destination);
    }
    // Sockets, fifos and dangling links have no place in a program's files: left out.
  }
}

StagingDir::StagingDir(uid_t sandbox_uid, gid_t sandbox_gid)
    : sandbox_uid_(sandbox_uid), sandbox_gid_(sandbox_gid) {
  remove_stale_staging_dirs(temp_base());
  std::string pattern =
      (temp_base() / ("judge-" + std::to_string(::getpid()) + "-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) throw_errno("mkdtemp", pattern);
  root_ = pattern;
  try {
    set_mode(root_, kRootMode);
  } catch (...) {
    remove_tree(root_);
    throw;
  }
}

// Programs wrote below root_: remove_tree neither follows their links nor stops at a directory
// they made unreadable. Nothing useful to do about a failed cleanup of a temp dir.
StagingDir::~StagingDir() {
  remove_tree(root_);
}

fs::path StagingDir::make_dir(const fs::path& relative) {
  // Component by component, so that every level gets 0755 whatever the umask.
  fs::path dir = root_;
  for (const fs::path& part : relative) {
    dir /= part;
    std::error_code error;
    fs::create_directory(dir, error);
    if (error) throw_fs("mkdir", dir, error);
    set_mode(dir, kDirectory);
  }
  return dir;
}

fs::path StagingDir::make_writable_dir(const fs::path& relative) {
  const fs::path dir = root_ / relative;
  if (!remove_tree(dir))
    throw InternalError("rm -r " + dir.string() + ": not everything could be removed");
  make_dir(relative);
  give_to_sandbox(dir);
  return dir;
}

fs::path StagingDir::copy_file_in(const fs::path& source, const fs::path& relative) {
  const fs::path target = root_ / relative;
  make_dir(relative.parent_path());
  copy_readable_file(source, target);
  return target;
}

fs::path StagingDir::copy_tree_in(const fs::path& source, const fs::path& relative) {
  const fs::path target = make_dir(relative);  // every level 0755, whatever the umask
  copy_readable_tree(source, target);
  return target;
}

fs::path StagingDir::make_empty_file(const fs::path& relative) {
  const fs::path file = root_ / relative;
  make_dir(relative.parent_path());
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw_errno("open", file.string());
  ::close(fd);
  set_mode(file, kReadable);
  return file;
}

fs::path StagingDir::output_file(const fs::path& relative) {
  const fs::path file = root_ / relative;
  if (::access(file.c_str(), F_OK) == 0) return file;
  return make_empty_file(relative);
}

void StagingDir::give_to_sandbox(const fs::path& path) const {
  // Running as the sandbox user already (rootless): the directory is ours and theirs.
  if (::geteuid() == sandbox_uid_ && ::getegid() == sandbox_gid_) return;
  if (::chown(path.c_str(), sandbox_uid_, sandbox_gid_) != 0) throw_errno("chown", path.string());
}

}  // namespace judge
