// The cgroup v1 back-end (one hierarchy per controller). Internal to the sandbox; see cgroup.h.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sandbox/cgroup.h"
#include "sandbox/cgroup_common.h"

namespace judge::sandbox {

// The v1 back-end when the memory, pids and cpuacct hierarchies are mounted and our cgroups in
// them are writable; else nullptr and *why_not.
std::unique_ptr<CgroupBackend> detect_cgroup_v1(const CgroupProbe& probe, std::string* why_not);

// Our cgroup directories in the memory, pids and cpuacct hierarchies that are mounted (where
// run cgroups are created), without checking writability; for stale cleanup.
std::vector<std::string> cgroup_v1_run_parents(const CgroupProbe& probe);

}  // namespace judge::sandbox
