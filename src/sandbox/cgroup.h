// The cgroup layer of the sandbox: one fresh cgroup per program run, which limits memory and
// processes of the whole process tree and measures its CPU time, peak memory and OOM kills.
//
// Two back-ends sit behind one interface (cgroup_v2.cc, cgroup_v1.cc); detect_cgroup_backend()
// picks the one this machine can use, or none (the sandbox then falls back to rlimits).
//
// Where run cgroups live:
//   - v2: children of the judge's own cgroup C (from the "0::" line of /proc/self/cgroup). The
//     kernel only lets C enable controllers for its children when C holds no processes (the
//     "no internal processes" rule), so detection moves the judge into a leaf
//     C/judge-<pid>-self first when it has to. The judge stays in that leaf until it exits
//     (moving back into C is forbidden while C enables controllers, and other judges may share
//     C); the empty leaf is removed by the next judge's cleanup_stale_cgroups().
//   - v1: children of the judge's own cgroups in the memory, pids and cpuacct hierarchies.
// Names are "judge-<judge pid>-<run number>", so cleanup_stale_cgroups() can tell leftovers of a
// judge that was SIGKILLed from the run cgroups of judges that are still alive.
#pragma once

#include <sys/types.h>
#include <unistd.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace judge::sandbox {

class CgroupSyscalls;  // cgroup_syscalls.h; tests swap in a fake kernel

struct CgroupLimits {
  std::int64_t memory_bytes = 0;  // memory + swap of the whole run; 0 = no limit
  int max_processes = 0;          // processes + threads (pids.max); 0 = no limit
};

struct CgroupUsage {
  std::int64_t cpu_time_us = 0;        // user + system CPU of every task that was in the cgroup
  std::int64_t peak_memory_bytes = 0;  // v2: memory.peak (kernel >= 5.19) or sampled; v1: max_usage
  bool oom_killed = false;             // the OOM killer killed a task of this cgroup
  bool memory_limit_hit = false;       // usage reached the limit at least once (reclaim or OOM)
  bool pids_limit_hit = false;         // a fork/clone failed because of max_processes
};

// One cgroup for one program run. The destructor kills whatever is still inside and removes the
// cgroup; it never throws (a cgroup that cannot be removed is left for cleanup_stale_cgroups).
class RunCgroup {
 public:
  virtual ~RunCgroup();
  // The cgroup.procs files (one per v1 hierarchy): a process that writes "0" to them, on
  // descriptors opened by the judge, moves itself in. That is how a run's init joins.
  virtual std::vector<std::string> procs_files() const = 0;
  // CPU time used so far. Cheap (one small file read); meant to be polled every few ms while the
  // run goes on. v2 without memory.peak also samples memory.current here (see usage()).
  virtual std::int64_t cpu_time_us() = 0;
  // Final figures; call after the run's processes are gone.
  virtual CgroupUsage usage() = 0;
  // SIGKILLs every process in the cgroup and waits (bounded, ~2 s) until none is left.
  virtual void kill_all() = 0;
  // The cgroup directory (v1: the memory hierarchy's), for messages.
  virtual std::string path() const = 0;
};

class CgroupBackend {
 public:
  virtual ~CgroupBackend();
  virtual std::string name() const = 0;  // "cgroup-v2" / "cgroup-v1"
  // A fresh cgroup with the limits applied. Throws InternalError naming the path and errno.
  virtual std::unique_ptr<RunCgroup> create(const CgroupLimits& limits) = 0;
  // Controllers in use, sorted: {"cpu", "memory", "pids"} (v2) or {"cpuacct", "memory", "pids"}.
  virtual std::vector<std::string> controllers() const = 0;
};

// Where detection looks. The defaults describe this process; tests point them at fake trees.
// Mount points come from mountinfo, so a fake mountinfo names directories of the fake tree.
struct CgroupEnvironment {
  std::string proc_self_cgroup = "/proc/self/cgroup";
  std::string mountinfo = "/proc/self/mountinfo";
  pid_t self_pid = ::getpid();
  std::string force_backend;                 // "" (prefer v2, then v1), "cgroup-v2" or "cgroup-v1"
  std::shared_ptr<CgroupSyscalls> syscalls;  // nullptr = the real kernel
};

// The backend to use, or nullptr when no cgroup is usable; then *why_not (if given) says why and
// how to fix it, for `judge doctor` and --require-cgroup. Prefers v2 when the cgroup2 mount that
// holds our cgroup offers memory and pids (cpu is optional: CPU time comes from cpu.stat, which
// exists without it); else v1 when memory, pids and cpuacct hierarchies are mounted and our
// cgroups in them are writable. May move the judge into its v2 leaf (see the top of this file).
std::unique_ptr<CgroupBackend> detect_cgroup_backend(const CgroupEnvironment& env,
                                                     std::string* why_not);

// Removes "judge-<pid>-*" cgroups (killing what is left inside) whose judge is no longer alive,
// e.g. after a judge was SIGKILLed. Best effort, never throws; returns how many were removed.
// "Alive" is kill(pid, 0) in our pid namespace: judges in different pid namespaces must not
// share a parent cgroup (one would take the other's live runs for stale ones).
int cleanup_stale_cgroups(const CgroupEnvironment& env);

}  // namespace judge::sandbox
