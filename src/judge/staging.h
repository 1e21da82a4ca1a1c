// The private scratch directory of one judge run.
//
// The sandbox runs programs as an unprivileged user and can only bind-mount paths that user can
// reach, so files a sandboxed program needs (sources, compiled artifacts, validator inputs) are
// copied here instead of being bound from wherever they live (e.g. ~/.cache under /root).
//   - the root is mkdtemp("$TMPDIR/judge-<pid>-XXXXXX") with mode 0711: others may traverse it to
//   reach
//     a bound path, but cannot list it, so one run cannot discover another run's files;
//   - copies are 0644 (0755 when the original is executable), directories 0755;
//   - directories a sandboxed program writes into are owned by the sandbox's uid/gid;
//   - everything is removed when the StagingDir is destroyed, also when judging throws; a dir
//     left by a judge killed with SIGKILL is removed by the next judge of the same user. Removal
//     is util/remove_tree: it unlocks what a program made unreadable and follows no link.
#pragma once

#include <sys/types.h>

#include <filesystem>

namespace judge {

class StagingDir {
 public:
  // sandbox_uid/gid: who owns writable directories (see Sandbox::sandbox_uid()).
  StagingDir(uid_t sandbox_uid, gid_t sandbox_gid);
  ~StagingDir();
  StagingDir(const StagingDir&) = delete;
  StagingDir& operator=(const StagingDir&) = delete;

  const std::filesystem::path& path() const { return root_; }

  // root/relative as a directory (parents too), mode 0755.
  std::filesystem::path make_dir(const std::filesystem::path& relative);
  // Same, empty and owned by the sandbox user so a sandboxed program can write into it. An
  // existing directory is emptied first (it is reused from test to test).
  std::filesystem::path make_writable_dir(const std::filesystem::path& relative);
  // Copies a regular file to root/relative (replacing it), mode 0644 or 0755 (see above).
  std::filesystem::path copy_file_in(const std::filesystem::path& source,
                                     const std::filesystem::path& relative);
  // Copies a directory tree (regular files and directories only; symlinks are followed).
  std::filesystem::path copy_tree_in(const std::filesystem::path& source,
                                     const std::filesystem::path& relative);
  // An empty regular file (truncated if it exists), 0644, for a program's captured stdout.
  std::filesystem::path make_empty_file(const std::filesystem::path& relative);
  // The file where every test's stdout goes in turn, created (0644) on first use. The sandbox
  // writes it from the start and cuts it to what the program wrote, so it is neither emptied nor
  // replaced between tests: on ext4 either costs a disk write or a slow inode search per test.
  std::filesystem::path output_file(const std::filesystem::path& relative);

 private:
  void give_to_sandbox(const std::filesystem::path& path) const;

  std::filesystem::path root_;
  uid_t sandbox_uid_;
  gid_t sandbox_gid_;
};

// Copies a regular file with a mode the sandbox user can read (0644, or 0755 if the source has
// any execute bit), replacing `target`. Shared with the compile cache.
void copy_readable_file(const std::filesystem::path& source, const std::filesystem::path& target);
// Copies a directory tree with copy_readable_file for files and 0755 (or `dir_mode`) for dirs.
void copy_readable_tree(const std::filesystem::path& source, const std::filesystem::path& target,
                        std::filesystem::perms dir_mode = std::filesystem::perms(0755));

}  // namespace judge
