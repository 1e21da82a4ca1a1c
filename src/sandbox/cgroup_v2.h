// The cgroup v2 back-end (unified hierarchy). Internal to the sandbox; see cgroup.h.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sandbox/cgroup.h"
#include "sandbox/cgroup_common.h"

namespace judge::sandbox {

// The v2 back-end when our cgroup can hold run cgroups with memory and pids enabled (enabling
// them, and moving the judge into its leaf, as needed); else nullptr and *why_not.
std::unique_ptr<CgroupBackend> detect_cgroup_v2(const CgroupProbe& probe, std::string* why_not);

// The back-end on an already prepared parent (detection calls this after enabling the
// controllers; the real-kernel tests call it on a cgroup2 mount without controllers).
std::unique_ptr<CgroupBackend> make_cgroup_v2_backend(std::shared_ptr<CgroupSyscalls> sys,
                                                      std::string run_parent,
                                                      std::vector<std::string> controllers,
                                                      pid_t judge_pid);

// The directory run cgroups are created in (our cgroup, or its parent when we sit in a
// judge-<pid>-self leaf), without checking or changing anything; for stale cleanup.
std::optional<std::string> cgroup_v2_run_parent(const CgroupProbe& probe);

// Makes `parent` enable `controllers` for its children. When the kernel refuses with EBUSY
// because `parent` holds processes and the judge (self_pid) is one of them (judge_in_parent),
// moves the judge into parent/judge-<pid>-self and tries again; if other processes keep
// `parent` busy, moves the judge back and gives up, leaving things as they were.
// Returns "" on success, else what went wrong and how to fix it.
std::string enable_subtree_controllers(CgroupSyscalls& sys, const std::string& parent,
                                       const std::vector<std::string>& controllers, pid_t self_pid,
                                       bool judge_in_parent);

}  // namespace judge::sandbox
