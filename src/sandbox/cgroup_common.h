// Helpers shared by detection (cgroup.cc) and both back-ends (cgroup_v1.cc, cgroup_v2.cc).
#pragma once

#include <sys/types.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sandbox/cgroup_figure.h"
#include "sandbox/cgroup_parse.h"
#include "sandbox/cgroup_syscalls.h"

namespace judge::sandbox {

// What detection read about this process, handed to the back-ends.
struct CgroupProbe {
  std::shared_ptr<CgroupSyscalls> sys;
  std::vector<ProcCgroupLine> cgroups;  // /proc/self/cgroup
  std::vector<MountInfoLine> mounts;    // /proc/self/mountinfo
  pid_t self_pid = 0;
};

// How long kill_all() and removal wait for the kernel to finish killing (a task in the middle of
// an OOM kill or a page-fault storm can take a while). Bounded so a stuck task cannot hang us.
inline constexpr int kDrainTimeoutMs = 2000;

// Throwing forms, for files that must exist: InternalError "read(path): strerror".
std::string read_cgroup_file(const CgroupFigure& file);
void write_cgroup_file(CgroupSyscalls& sys, const std::string& path, std::string_view value);
// The integer in `path`, or the value of `key` in it when key is not empty; nullopt when the file
// is missing or unreadable (optional interface files of older kernels).
std::optional<std::int64_t> read_cgroup_number(const CgroupFigure& file, std::string_view key = {});

// SIGKILLs every pid listed in the cgroup.procs files, again and again (a task may fork between
// our read and our kill) until all lists are empty or timeout_ms passed. True when empty.
bool kill_until_empty(CgroupSyscalls& sys, const std::vector<std::string>& procs_files,
                      int timeout_ms);
// rmdir, retrying EBUSY until timeout_ms (tasks that were just killed still count until they
// have fully exited). Returns 0 or the last errno; ENOENT counts as success.
int remove_cgroup_dir(CgroupSyscalls& sys, const std::string& dir, int timeout_ms);
// Kills everything in `dir` and below, then removes the tree bottom-up. Returns 0 or errno.
int destroy_cgroup_tree(CgroupSyscalls& sys, const std::string& dir);

// Creates judge-<pid>-<n>, with the next run number free in every parent, under each parent (v1
// needs one per hierarchy); returns the name. Throws InternalError, leaving nothing behind.
std::string make_run_cgroups(CgroupSyscalls& sys, const std::vector<std::string>& parents,
                             pid_t judge_pid);

bool contains(const std::vector<std::string>& words, std::string_view word);
std::string join(const std::vector<std::string>& words, std::string_view separator);
std::string parent_directory(const std::string& path);
std::string base_name(const std::string& path);

}  // namespace judge::sandbox
