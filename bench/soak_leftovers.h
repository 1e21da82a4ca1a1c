// What a soak counts once it is over: everything a judge could leave behind on the host.
// Each count is of things that belong to the soak (its own process tree, its judges' cgroups, its
// own temporary directory), so other judges running on the same machine are not counted.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <set>
#include <string>

namespace judge::bench {

// Live processes below `root` in the process tree (root itself not counted). The soak makes
// itself a child subreaper, so whatever a killed judge orphaned is reparented to it and counted.
struct ProcessCount {
  int sandbox_uid = 0;  // running as a sandbox uid (60000..64999)
  int other = 0;        // judges, zygotes, inits
};
ProcessCount count_descendants(pid_t root);

// Directories named judge-<pid>-* of any pid in `pids`, in every cgroup v1 hierarchy and in the
// cgroup v2 tree below /sys/fs/cgroup.
int count_cgroups(const std::set<pid_t>& pids);

// Mounts of this mount namespace whose mount point lies below `dir`.
int count_mounts_below(const std::filesystem::path& dir);

// Entries of `dir` whose name starts with `prefix`.
int count_entries(const std::filesystem::path& dir, const std::string& prefix);

// Open file descriptors of this process.
int count_open_fds();

// Bytes of the regular files below `dir` (not following links).
std::int64_t tree_bytes(const std::filesystem::path& dir);

}  // namespace judge::bench
