// Detection of the usable cgroup back-end, stale cleanup, and helpers both back-ends share.
#include "sandbox/cgroup.h"

#include <signal.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>

#include "sandbox/cgroup_common.h"
#include "sandbox/cgroup_v1.h"
#include "sandbox/cgroup_v2.h"
#include "util/error.h"

namespace judge::sandbox {

RunCgroup::~RunCgroup() = default;
CgroupBackend::~CgroupBackend() = default;

// ---- shared helpers -------------------------------------------------------------------------

std::string read_cgroup_file(const CgroupFigure& file) {
  std::string content;
  if (int err = file.read(&content)) throw_errno("read", file.path(), err);
  return content;
}

void write_cgroup_file(CgroupSyscalls& sys, const std::string& path, std::string_view value) {
  if (int err = sys.write_file(path, value)) {
    throw_errno("write \"" + std::string(value) + "\" to", path, err);
  }
}

std::optional<std::int64_t> read_cgroup_number(const CgroupFigure& file, std::string_view key) {
  std::string content;
  if (file.read(&content) != 0) return std::nullopt;
  return key.empty() ? parse_int64(content) : flat_keyed_value(content, key);
}

namespace {

using Clock = std::chrono::steady_clock;

Clock::time_point deadline_after(int timeout_ms) {
  return Clock::now() + std::chrono::milliseconds(timeout_ms);
}

}  // namespace

bool kill_until_empty(CgroupSyscalls& sys, const std::vector<std::string>& procs_files,
                      int timeout_ms) {
  const Clock::time_point deadline = deadline_after(timeout_ms);
  for (;;) {
    bool empty = true;
    for (const std::string& file : procs_files) {
      std::string content;
      if (sys.read_file(file, &content) != 0) continue;  // gone: nothing left to kill there
      for (pid_t pid : parse_pid_list(content)) {
        empty = false;
        // Only pids read from the cgroup itself are signalled. A pid can be reused between the
        // read and the kill, a window cgroup.kill (v2) does not have; a run's tasks live in
        // their own pid namespace and die with its init, so this loop mostly finds none.
        sys.kill_process(pid, SIGKILL);
      }
    }
    if (empty) return true;
    if (Clock::now() >= deadline) return false;
    sys.sleep_ms(1);
  }
}

int remove_cgroup_dir(CgroupSyscalls& sys, const std::string& dir, int timeout_ms) {
  const Clock::time_point deadline = deadline_after(timeout_ms);
  for (;;) {
    int err = sys.remove_dir(dir);
    if (err == 0 || err == ENOENT) return 0;
    if (err != EBUSY || Clock::now() >= deadline) return err;
    sys.sleep_ms(1);
  }
}

int destroy_cgroup_tree(CgroupSyscalls& sys, const std::string& dir) {
  int result = 0;
  for (const std::string& child : sys.subdirectories(dir)) {
    if (int err = destroy_cgroup_tree(sys, dir + "/" + child)) result = err;
  }
  if (sys.exists(dir + "/cgroup.kill")) sys.write_file(dir + "/cgroup.kill", "1");
  kill_until_empty(sys, {dir + "/cgroup.procs"}, kDrainTimeoutMs);
  if (int err = remove_cgroup_dir(sys, dir, kDrainTimeoutMs)) result = err;
  return result;
}

std::string make_run_cgroups(CgroupSyscalls& sys, const std::vector<std::string>& parents,
                             pid_t judge_pid) {
  // Numbers are unique within this judge process; EEXIST only happens when a dead judge with
  // the same pid left a cgroup behind, and then we skip to the next number.
  static std::atomic<int> next_number{1};
  for (int attempt = 0; attempt < 1000; ++attempt) {
    const std::string name = run_cgroup_name(judge_pid, next_number++);
    std::vector<std::string> made;
    int err = 0;
    for (const std::string& parent : parents) {
      err = sys.make_dir(parent + "/" + name);
      if (err != 0) break;
      made.push_back(parent + "/" + name);
    }
    if (err == 0) return name;
    for (const std::string& dir : made) sys.remove_dir(dir);
    if (err != EEXIST) {
      throw_errno("mkdir", parents[made.size()] + "/" + name, err);
    }
  }
  throw InternalError("mkdir(" + join(parents, ", ") + "): no free judge-" +
                      std::to_string(judge_pid) + "-<n> name");
}

bool contains(const std::vector<std::string>& words, std::string_view word) {
  for (const std::string& w : words) {
    if (w == word) return true;
  }
  return false;
}

std::string join(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += separator;
    out += w;
  }
  return out;
}

std::string parent_directory(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string base_name(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// ---- detection ------------------------------------------------------------------------------

namespace {

// Reads /proc/self/cgroup and mountinfo; false (with *why_not) when they cannot be read.
bool probe_process(const CgroupEnvironment& env, CgroupProbe* probe, std::string* why_not) {
  probe->sys = env.syscalls ? env.syscalls : real_cgroup_syscalls();
  probe->self_pid = env.self_pid;
  std::string cgroup_text, mountinfo_text;
  if (int err = probe->sys->read_file(env.proc_self_cgroup, &cgroup_text)) {
    *why_not = "cannot read " + env.proc_self_cgroup + ": " + std::strerror(err);
    return false;
  }
  if (int err = probe->sys->read_file(env.mountinfo, &mountinfo_text)) {
    *why_not = "cannot read " + env.mountinfo + ": " + std::strerror(err);
    return false;
  }
  probe->cgroups = parse_proc_cgroup(cgroup_text);
  probe->mounts = parse_mountinfo(mountinfo_text);
  return true;
}

}  // namespace

std::unique_ptr<CgroupBackend> detect_cgroup_backend(const CgroupEnvironment& env,
                                                     std::string* why_not) {
  std::string ignored;
  if (why_not == nullptr) why_not = &ignored;
  why_not->clear();
  const bool try_v2 = env.force_backend.empty() || env.force_backend == "cgroup-v2";
  const bool try_v1 = env.force_backend.empty() || env.force_backend == "cgroup-v1";
  if (!try_v2 && !try_v1) {
    *why_not =
        "unknown cgroup backend \"" + env.force_backend + "\" (expected cgroup-v2 or cgroup-v1)";
    return nullptr;
  }
  CgroupProbe probe;
  if (!probe_process(env, &probe, why_not)) return nullptr;

  std::string v2_why, v1_why;
  if (try_v2) {
    if (auto backend = detect_cgroup_v2(probe, &v2_why)) return backend;
  }
  if (try_v1) {
    if (auto backend = detect_cgroup_v1(probe, &v1_why)) return backend;
  }
  if (!v2_why.empty()) *why_not = "cgroup v2: " + v2_why;
  if (!v1_why.empty()) *why_not += (why_not->empty() ? "" : "; ") + ("cgroup v1: " + v1_why);
  return nullptr;
}

int cleanup_stale_cgroups(const CgroupEnvironment& env) {
  CgroupProbe probe;
  std::string why_not;
  if (!probe_process(env, &probe, &why_not)) return 0;
  std::vector<std::string> parents = cgroup_v1_run_parents(probe);
  if (std::optional<std::string> v2 = cgroup_v2_run_parent(probe)) parents.push_back(*v2);

  int removed = 0;
  for (const std::string& parent : parents) {
    for (const std::string& name : probe.sys->subdirectories(parent)) {
      std::optional<pid_t> owner = judge_pid_of_cgroup_name(name);
      if (!owner || *owner == env.self_pid || probe.sys->process_alive(*owner)) continue;
      if (destroy_cgroup_tree(*probe.sys, parent + "/" + name) == 0) ++removed;
    }
  }
  return removed;
}

}  // namespace judge::sandbox
