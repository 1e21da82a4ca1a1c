// cgroup v1: a run cgroup is one directory judge-<pid>-<n> under our own cgroup in each of the
// memory, pids and cpuacct hierarchies (one directory when controllers share a hierarchy).
//
// Per run: memory.limit_in_bytes, then memory.memsw.limit_in_bytes with the same value (memory +
// swap; only with swap accounting, and it must never be below limit_in_bytes, hence the order),
// pids.max. Figures: cpuacct.usage (ns), memory.max_usage_in_bytes, memory.oom_control
// "oom_kill" (kernel >= 4.13; older kernels only show the limit hits in memory.failcnt),
// pids.events "max"; memory.failcnt counts limit hits on older kernels only. memory.use_hierarchy
// needs no setting: since Linux 5.11 it is always 1, and before that a new cgroup inherits its
// parent's value; either way a limit of an ancestor still applies on top of ours, which is what we
// want.
//
// v1 has no "no internal processes" rule and no cgroup.kill: kill_all() SIGKILLs the listed
// pids until none is left.
#include "sandbox/cgroup_v1.h"

#include <algorithm>
#include <optional>

#include "util/error.h"

namespace judge::sandbox {

namespace {

const char* const kV1Controllers[] = {"cpuacct", "memory", "pids"};

struct V1Parents {
  std::string memory, pids, cpuacct;
};

class CgroupV1Run final : public RunCgroup {
 public:
  CgroupV1Run(std::shared_ptr<CgroupSyscalls> sys, const V1Parents& parents,
              const std::string& name)
      : sys_(std::move(sys)),
        memory_(parents.memory + "/" + name),
        pids_(parents.pids + "/" + name),
        cpuacct_(parents.cpuacct + "/" + name) {
    for (const std::string* dir : {&memory_, &pids_, &cpuacct_}) {
      if (std::find(dirs_.begin(), dirs_.end(), *dir) == dirs_.end()) dirs_.push_back(*dir);
    }
  }

  ~CgroupV1Run() override {
    figures_.reset();
    kill_all();
    for (const std::string& dir : dirs_) remove_cgroup_dir(*sys_, dir, kDrainTimeoutMs);
  }

  // Separate from the constructor so that a failure here still runs the destructor.
  void apply(const CgroupLimits& limits) {
    memory_limit_ = limits.memory_bytes;
    if (limits.memory_bytes > 0) {
      const std::string bytes = std::to_string(limits.memory_bytes);
      write_cgroup_file(*sys_, memory_ + "/memory.limit_in_bytes", bytes);
      const std::string memsw = memory_ + "/memory.memsw.limit_in_bytes";
      if (sys_->exists(memsw)) {
        write_cgroup_file(*sys_, memsw, bytes);
      } else {
        // No swap accounting (swapaccount=0): at least keep the run's pages out of swap.
        sys_->write_file(memory_ + "/memory.swappiness", "0");
      }
    }
    if (limits.max_processes > 0) {
      write_cgroup_file(*sys_, pids_ + "/pids.max", std::to_string(limits.max_processes));
    }
    figures_ = std::make_unique<Figures>(*sys_, memory_, pids_, cpuacct_);
  }

  std::vector<std::string> procs_files() const override {
    std::vector<std::string> files;
    for (const std::string& dir : dirs_) files.push_back(dir + "/cgroup.procs");
    return files;
  }

  std::int64_t cpu_time_us() override {
    std::optional<std::int64_t> ns = parse_int64(read_cgroup_file(figures_->cpu_ns));
    if (!ns) throw InternalError(figures_->cpu_ns.path() + ": not a number");
    return *ns / 1000;
  }

  CgroupUsage usage() override {
    const Figures& f = *figures_;
    CgroupUsage usage;
    usage.cpu_time_us = cpu_time_us();
    usage.peak_memory_bytes = read_cgroup_number(f.max_usage).value_or(0);
    usage.oom_killed = read_cgroup_number(f.oom_control, "oom_kill").value_or(0) > 0;
    // failcnt alone is not enough: recent kernels (seen on 6.18) leave it at 0 even when the
    // limit OOM-kills, so a peak at the limit counts as a hit too.
    usage.memory_limit_hit = read_cgroup_number(f.failcnt).value_or(0) > 0 ||
                             read_cgroup_number(f.memsw_failcnt).value_or(0) > 0 ||
                             usage.oom_killed ||
                             (memory_limit_ > 0 && usage.peak_memory_bytes >= memory_limit_);
    usage.pids_limit_hit = read_cgroup_number(f.pids_events, "max").value_or(0) > 0;
    return usage;
  }

  void kill_all() override { kill_until_empty(*sys_, procs_files(), kDrainTimeoutMs); }

  std::string path() const override { return memory_; }

 private:
  // The files read during and after the run (cgroup_figure.h).
  struct Figures {
    Figures(CgroupSyscalls& sys, const std::string& memory, const std::string& pids,
            const std::string& cpuacct)
        : cpu_ns(sys, cpuacct + "/cpuacct.usage"),
          max_usage(sys, memory + "/memory.max_usage_in_bytes"),
          oom_control(sys, memory + "/memory.oom_control"),
          failcnt(sys, memory + "/memory.failcnt"),
          memsw_failcnt(sys, memory + "/memory.memsw.failcnt"),
          pids_events(sys, pids + "/pids.events") {}
    CgroupFigure cpu_ns, max_usage, oom_control, failcnt, memsw_failcnt, pids_events;
  };

  std::shared_ptr<CgroupSyscalls> sys_;
  std::string memory_, pids_, cpuacct_;
  std::unique_ptr<Figures> figures_;
  std::vector<std::string> dirs_;  // the distinct ones of the three
  std::int64_t memory_limit_ = 0;
};

class CgroupV1Backend final : public CgroupBackend {
 public:
  CgroupV1Backend(std::shared_ptr<CgroupSyscalls> sys, V1Parents parents, pid_t self_pid)
      : sys_(std::move(sys)), parents_(std::move(parents)), self_pid_(self_pid) {
    for (const std::string* dir : {&parents_.memory, &parents_.pids, &parents_.cpuacct}) {
      if (std::find(distinct_.begin(), distinct_.end(), *dir) == distinct_.end()) {
        distinct_.push_back(*dir);
      }
    }
  }

  std::string name() const override { return "cgroup-v1"; }

  std::unique_ptr<RunCgroup> create(const CgroupLimits& limits) override {
    const std::string name = make_run_cgroups(*sys_, distinct_, self_pid_);
    auto run = std::make_unique<CgroupV1Run>(sys_, parents_, name);
    run->apply(limits);
    return run;
  }

  std::vector<std::string> controllers() const override {
    return {std::begin(kV1Controllers), std::end(kV1Controllers)};
  }

 private:
  std::shared_ptr<CgroupSyscalls> sys_;
  V1Parents parents_;
  std::vector<std::string> distinct_;
  pid_t self_pid_;
};

// Our cgroup directory in the v1 hierarchy of `controller`, or nullopt with *why_not.
std::optional<std::string> locate(const CgroupProbe& probe, const std::string& controller,
                                  std::string* why_not) {
  const ProcCgroupLine* ours = nullptr;
  for (const ProcCgroupLine& line : probe.cgroups) {
    if (line.hierarchy_id != 0 && contains(line.controllers, controller)) ours = &line;
  }
  if (ours == nullptr) {
    *why_not = "no " + controller + " hierarchy in /proc/self/cgroup";
    return std::nullopt;
  }
  for (const MountInfoLine& mount : probe.mounts) {
    if (mount.fs_type != "cgroup" || !contains(mount.super_options, controller)) continue;
    std::optional<std::string> dir = cgroup_directory(mount, ours->path);
    if (dir && probe.sys->exists(*dir)) return dir;
  }
  *why_not = "the " + controller + " hierarchy (our cgroup " + ours->path +
             ") is not mounted where we can see it";
  return std::nullopt;
}

}  // namespace

std::unique_ptr<CgroupBackend> detect_cgroup_v1(const CgroupProbe& probe, std::string* why_not) {
  V1Parents parents;
  for (auto [controller, dir] :
       {std::pair{"memory", &parents.memory}, std::pair{"pids", &parents.pids},
        std::pair{"cpuacct", &parents.cpuacct}}) {
    std::optional<std::string> found = locate(probe, controller, why_not);
    if (!found) return nullptr;
    for (const std::string& path : {*found, *found + "/cgroup.procs"}) {
      if (!probe.sys->writable(path)) {
        *why_not = path +
                   " is not writable (cgroup v1 needs root, or a cgroup chowned to the "
                   "judge's user)";
        return nullptr;
      }
    }
    *dir = *found;
  }
  return std::make_unique<CgroupV1Backend>(probe.sys, std::move(parents), probe.self_pid);
}

std::vector<std::string> cgroup_v1_run_parents(const CgroupProbe& probe) {
  std::vector<std::string> parents;
  for (const char* controller : kV1Controllers) {
    std::string ignored;
    std::optional<std::string> dir = locate(probe, controller, &ignored);
    if (dir && std::find(parents.begin(), parents.end(), *dir) == parents.end()) {
      parents.push_back(*dir);
    }
  }
  return parents;
}

}  // namespace judge::sandbox
