// cgroup v2: run cgroups are children of the judge's cgroup (see cgroup.h for the layout).
//
// Per run: memory.max = limit, memory.swap.max = 0 (so the limit is not stretched by swap, and
// time is not distorted by swapping), memory.oom.group = 1 (an OOM kill takes the whole run, not
// one random process of it), pids.max. Figures: cpu.stat usage_usec (a core file, present even
// without the cpu controller), memory.peak (kernel >= 5.19), memory.events (oom_kill,
// oom_group_kill, max), pids.events (max).
#include "sandbox/cgroup_v2.h"

#include <cerrno>
#include <cstring>

#include "util/error.h"
#include "util/text.h"
#include "util/unique_fd.h"

namespace judge::sandbox {

namespace {

const char kDelegateHint[] =
    "run the judge in a delegated cgroup of its own: `systemd-run --scope -p Delegate=yes "
    "judge ...` (as a user: `systemd-run --user --scope -p Delegate=yes judge ...`)";

class CgroupV2Run final : public RunCgroup {
 public:
  CgroupV2Run(std::shared_ptr<CgroupSyscalls> sys, std::string dir)
      : sys_(std::move(sys)), dir_(std::move(dir)) {}

  ~CgroupV2Run() override {
    figures_.reset();
    kill_all();
    remove_cgroup_dir(*sys_, dir_, kDrainTimeoutMs);  // on failure: left for stale cleanup
  }

  // Separate from the constructor so that a failure here still runs the destructor.
  void apply(const CgroupLimits& limits) {
    if (limits.memory_bytes > 0) {
      write_cgroup_file(*sys_, file("memory.max"), std::to_string(limits.memory_bytes));
    }
    if (sys_->exists(file("memory.swap.max")))
      write_cgroup_file(*sys_, file("memory.swap.max"), "0");
    if (sys_->exists(file("memory.oom.group"))) {
      write_cgroup_file(*sys_, file("memory.oom.group"), "1");
    }
    if (limits.max_processes > 0) {
      write_cgroup_file(*sys_, file("pids.max"), std::to_string(limits.max_processes));
    }
    has_memory_peak_ = sys_->exists(file("memory.peak"));
    has_kill_file_ = sys_->exists(file("cgroup.kill"));
    figures_ = std::make_unique<Figures>(*sys_, dir_);
  }

  std::vector<std::string> procs_files() const override { return {file("cgroup.procs")}; }

  std::int64_t cpu_time_us() override {
    std::optional<std::int64_t> usage =
        flat_keyed_value(read_cgroup_file(figures_->cpu_stat), "usage_usec");
    if (!usage) throw InternalError(figures_->cpu_stat.path() + ": no usage_usec line");
    // Without memory.peak (kernel < 5.19) the peak is the largest memory.current seen by these
    // polls and the final read in usage(): it can miss a spike shorter than the poll interval.
    if (!has_memory_peak_) sample_memory_current();
    return *usage;
  }

  CgroupUsage usage() override {
    CgroupUsage usage;
    usage.cpu_time_us = cpu_time_us();
    if (has_memory_peak_) {
      usage.peak_memory_bytes = read_cgroup_number(figures_->memory_peak).value_or(0);
    } else {
      sample_memory_current();
      usage.peak_memory_bytes = sampled_peak_;
    }
    std::string events;
    if (figures_->memory_events.read(&events) == 0) {
      usage.oom_killed = flat_keyed_value(events, "oom_kill").value_or(0) > 0 ||
                         flat_keyed_value(events, "oom_group_kill").value_or(0) > 0;
      usage.memory_limit_hit = flat_keyed_value(events, "max").value_or(0) > 0;
    }
    usage.pids_limit_hit = read_cgroup_number(figures_->pids_events, "max").value_or(0) > 0;
    return usage;
  }

  void kill_all() override {
    // cgroup.kill (kernel >= 5.14) kills atomically, even tasks forking right now; the loop
    // after it is the fallback for older kernels and waits until the tasks are gone.
    if (has_kill_file_) sys_->write_file(file("cgroup.kill"), "1");
    kill_until_empty(*sys_, {file("cgroup.procs")}, kDrainTimeoutMs);
  }

  std::string path() const override { return dir_; }

 private:
  std::string file(const char* name) const { return dir_ + "/" + name; }

  void sample_memory_current() {
    std::optional<std::int64_t> current = read_cgroup_number(figures_->memory_current);
    if (current && *current > sampled_peak_) sampled_peak_ = *current;
  }

  // The files read during and after the run (cgroup_figure.h).
  struct Figures {
    Figures(CgroupSyscalls& sys, const std::string& dir)
        : cpu_stat(sys, dir + "/cpu.stat"),
          memory_peak(sys, dir + "/memory.peak"),
          memory_current(sys, dir + "/memory.current"),
          memory_events(sys, dir + "/memory.events"),
          pids_events(sys, dir + "/pids.events") {}
    CgroupFigure cpu_stat, memory_peak, memory_current, memory_events, pids_events;
  };

  std::shared_ptr<CgroupSyscalls> sys_;
  std::string dir_;
  std::unique_ptr<Figures> figures_;
  bool has_memory_peak_ = false;
  bool has_kill_file_ = false;
  std::int64_t sampled_peak_ = 0;
};

class CgroupV2Backend final : public CgroupBackend {
 public:
  CgroupV2Backend(std::shared_ptr<CgroupSyscalls> sys, std::string parent,
                  std::vector<std::string> controllers, pid_t self_pid)
      : sys_(std::move(sys)),
        parent_(std::move(parent)),
        controllers_(std::move(controllers)),
        self_pid_(self_pid) {}

  std::string name() const override { return "cgroup-v2"; }

  std::unique_ptr<RunCgroup> create(const CgroupLimits& limits) override {
    const std::string name = make_run_cgroups(*sys_, {parent_}, self_pid_);
    auto run = std::make_unique<CgroupV2Run>(sys_, parent_ + "/" + name);
    run->apply(limits);
    return run;
  }

  std::vector<std::string> controllers() const override { return controllers_; }

 private:
  std::shared_ptr<CgroupSyscalls> sys_;
  std::string parent_;
  std::vector<std::string> controllers_;
  pid_t self_pid_;
};

struct V2Location {
  std::string own_dir;     // the judge's cgroup
  std::string run_parent;  // where run cgroups go
};

std::optional<V2Location> locate(const CgroupProbe& probe, std::string* why_not) {
  const ProcCgroupLine* unified = nullptr;
  for (const ProcCgroupLine& line : probe.cgroups) {
    if (line.hierarchy_id == 0 && line.controllers.empty()) unified = &line;
  }
  if (unified == nullptr) {
    *why_not = "not in use (no \"0::\" line in /proc/self/cgroup)";
    return std::nullopt;
  }
  for (const MountInfoLine& mount : probe.mounts) {
    if (mount.fs_type != "cgroup2") continue;
    std::optional<std::string> dir = cgroup_directory(mount, unified->path);
    if (!dir || !probe.sys->exists(*dir)) continue;
    // A judge-<pid>-self leaf (ours from an earlier detection, or the judge that started us)
    // cannot have children with controllers; its parent already enables them.
    if (is_self_cgroup_name(base_name(*dir))) return V2Location{*dir, parent_directory(*dir)};
    return V2Location{*dir, *dir};
  }
  *why_not = "no cgroup2 mount shows our cgroup " + unified->path +
             " (in a container, use a private cgroup namespace or --cgroupns=host)";
  return std::nullopt;
}

}  // namespace

std::string enable_subtree_controllers(CgroupSyscalls& sys, const std::string& parent,
                                       const std::vector<std::string>& controllers, pid_t self_pid,
                                       bool judge_in_parent) {
  const std::string subtree_control = parent + "/cgroup.subtree_control";
  std::string enabled_text;
  if (int err = sys.read_file(subtree_control, &enabled_text)) {
    return "cannot read " + subtree_control + ": " + std::strerror(err);
  }
  const std::vector<std::string> enabled = split_whitespace(enabled_text);
  std::string request;
  for (const std::string& controller : controllers) {
    if (!contains(enabled, controller)) request += (request.empty() ? "+" : " +") + controller;
  }
  if (request.empty()) return "";

  int err = sys.write_file(subtree_control, request);
  if (err == 0) return "";
  auto failure = [&](int error) {
    return "cannot enable " + request + " in " + subtree_control + ": " + std::strerror(error);
  };
  if (err != EBUSY || !judge_in_parent) return failure(err);

  // EBUSY: `parent` holds processes ("no internal processes" rule). Move the judge out of the
  // way into a leaf of its own, as nsjail and isolate-cg-keeper do.
  const std::string leaf = parent + "/" + self_cgroup_name(self_pid);
  const std::string pid_text = std::to_string(self_pid);
  if (int mkdir_err = sys.make_dir(leaf); mkdir_err != 0 && mkdir_err != EEXIST) {
    return "cannot create " + leaf + ": " + std::strerror(mkdir_err);
  }
  if (int move_err = sys.write_file(leaf + "/cgroup.procs", pid_text)) {
    sys.remove_dir(leaf);
    return "cannot move the judge into " + leaf + ": " + std::strerror(move_err);
  }
  err = sys.write_file(subtree_control, request);
  if (err == 0) return "";
  sys.write_file(parent + "/cgroup.procs", pid_text);
  sys.remove_dir(leaf);
  if (err != EBUSY) return failure(err);
  return failure(err) + " (" + parent +
         " holds other processes besides the judge, and cgroup v2 forbids enabling controllers "
         "for children of a cgroup with processes); " +
         kDelegateHint;
}

std::unique_ptr<CgroupBackend> detect_cgroup_v2(const CgroupProbe& probe, std::string* why_not) {
  std::optional<V2Location> location = locate(probe, why_not);
  if (!location) return nullptr;
  const std::string& parent = location->run_parent;
  CgroupSyscalls& sys = *probe.sys;

  std::string available_text;
  if (int err = sys.read_file(parent + "/cgroup.controllers", &available_text)) {
    *why_not = "cannot read " + parent + "/cgroup.controllers: " + std::strerror(err);
    return nullptr;
  }
  const std::vector<std::string> available = split_whitespace(available_text);
  std::vector<std::string> missing;
  for (const char* needed : {"memory", "pids"}) {
    if (!contains(available, needed)) missing.emplace_back(needed);
  }
  if (!missing.empty()) {
    *why_not = "controller(s) " + join(missing, ", ") + " not available in " + parent +
               " (cgroup.controllers: \"" + join(available, " ") +
               "\"); the parent cgroup must delegate them; " + kDelegateHint;
    return nullptr;
  }
  for (const std::string& path :
       {parent, parent + "/cgroup.procs", parent + "/cgroup.subtree_control"}) {
    if (!sys.writable(path)) {
      *why_not =
          path + " is not writable: the cgroup is not delegated to this user; " + kDelegateHint;
      return nullptr;
    }
  }

  std::vector<std::string> controllers;
  if (contains(available, "cpu")) controllers.emplace_back("cpu");
  controllers.emplace_back("memory");
  controllers.emplace_back("pids");
  const bool judge_in_parent = location->own_dir == parent;
  std::string error =
      enable_subtree_controllers(sys, parent, controllers, probe.self_pid, judge_in_parent);
  if (!error.empty()) {
    *why_not = error;
    return nullptr;
  }
  return make_cgroup_v2_backend(probe.sys, parent, controllers, probe.self_pid);
}

std::unique_ptr<CgroupBackend> make_cgroup_v2_backend(std::shared_ptr<CgroupSyscalls> sys,
                                                      std::string run_parent,
                                                      std::vector<std::string> controllers,
                                                      pid_t judge_pid) {
  return std::make_unique<CgroupV2Backend>(std::move(sys), std::move(run_parent),
                                           std::move(controllers), judge_pid);
}

std::optional<std::string> cgroup_v2_run_parent(const CgroupProbe& probe) {
  std::string ignored;
  std::optional<V2Location> location = locate(probe, &ignored);
  if (!location) return std::nullopt;
  return location->run_parent;
}

}  // namespace judge::sandbox
