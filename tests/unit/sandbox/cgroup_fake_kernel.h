// A fake cgroup filesystem for unit tests: a temporary directory of plain files, plus the few
// things only the kernel does (a new cgroup directory comes with its interface files, writing
// cgroup.procs moves a pid, cgroup.kill empties the cgroup, rmdir of a populated cgroup fails).
#pragma once

#include <signal.h>
#include <sys/types.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "sandbox/cgroup.h"
#include "sandbox/cgroup_parse.h"
#include "sandbox/cgroup_syscalls.h"
#include "temp_dir.h"

namespace judge::sandbox::testing {

namespace fs = std::filesystem;
using judge::testing::TempDir;

inline void put_file(const std::string& path, const std::string& content) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::trunc) << content;
}

inline std::string get_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class FakeCgroupKernel : public CgroupSyscalls {
 public:
  explicit FakeCgroupKernel(std::string root) : root_(std::move(root)) {}

  // Interface files (name -> content) every new cgroup directory gets.
  std::map<std::string, std::string> new_cgroup_files;
  // Runs before each write; a result >= 0 is returned as the write's errno, -1 lets it through.
  std::function<int(const std::string& path, const std::string& value)> write_hook;
  std::set<std::string> read_only;  // paths writable() refuses
  std::set<pid_t> alive;            // pids process_alive() reports
  std::vector<std::pair<pid_t, int>> kills;
  std::vector<std::string> writes;       // "path=value", in order
  std::vector<std::string> reads;        // paths read whole (read_file), in order
  std::vector<std::string> hierarchies;  // mount points; a pid is in one cgroup of each

  int read_file(const std::string& path, std::string* content) override {
    reads.push_back(path);
    return CgroupSyscalls::read_file(path, content);
  }

  int write_file(const std::string& path, std::string_view value) override {
    writes.push_back(path + "=" + std::string(value));
    if (write_hook) {
      if (int result = write_hook(path, std::string(value)); result >= 0) return result;
    }
    if (!fs::is_regular_file(path)) return ENOENT;  // cgroupfs never creates files
    const std::string name = fs::path(path).filename().string();
    const std::string dir = fs::path(path).parent_path().string();
    if (name == "cgroup.procs") {
      const pid_t pid = std::stoi(std::string(value));
      remove_pid_under(hierarchy_of(path), pid);
      std::ofstream(path, std::ios::app) << pid << "\n";
      return 0;
    }
    if (name == "cgroup.kill" && value == "1") {
      put_file(dir + "/cgroup.procs", "");
      return 0;
    }
    put_file(path, std::string(value));
    return 0;
  }

  int make_dir(const std::string& path) override {
    int err = CgroupSyscalls::make_dir(path);
    if (err == 0) {
      for (const auto& [name, content] : new_cgroup_files) put_file(path + "/" + name, content);
    }
    return err;
  }

  int remove_dir(const std::string& path) override {
    if (!fs::is_directory(path)) return ENOENT;
    if (!parse_pid_list(get_file(path + "/cgroup.procs")).empty()) return EBUSY;
    for (const auto& entry : fs::directory_iterator(path)) {
      if (entry.is_directory()) return EBUSY;
    }
    fs::remove_all(path);
    return 0;
  }

  bool writable(const std::string& path) override {
    return read_only.count(path) == 0 && CgroupSyscalls::writable(path);
  }

  int kill_process(pid_t pid, int signal) override {
    kills.emplace_back(pid, signal);
    remove_pid_under(root_, pid);  // the fake task dies at once
    return 0;
  }

  bool process_alive(pid_t pid) override { return alive.count(pid) != 0; }

 private:
  std::string hierarchy_of(const std::string& path) const {
    std::string best = root_;
    for (const std::string& mount : hierarchies) {
      if (path.rfind(mount + "/", 0) == 0 && mount.size() > best.size()) best = mount;
    }
    return best;
  }

  void remove_pid_under(const std::string& top, pid_t pid) {
    for (const auto& entry : fs::recursive_directory_iterator(top)) {
      if (entry.path().filename() != "cgroup.procs") continue;
      std::string kept;
      for (pid_t listed : parse_pid_list(get_file(entry.path().string()))) {
        if (listed != pid) kept += std::to_string(listed) + "\n";
      }
      put_file(entry.path().string(), kept);
    }
  }

  std::string root_;
};

// A fake machine: a temp dir holding /proc/self/cgroup, mountinfo and the cgroup trees.
struct FakeMachine {
  static constexpr pid_t kJudgePid = 4242;

  TempDir dir{"judge-cgroup-test"};
  std::shared_ptr<FakeCgroupKernel> kernel =
      std::make_shared<FakeCgroupKernel>(dir.path().string());

  std::string path(const std::string& relative) const { return (dir / relative).string(); }

  void set_proc_self_cgroup(const std::string& text) { put_file(path("proc_self_cgroup"), text); }
  // Each mount: {fs type, mount root, mount point relative to the temp dir, super options}.
  void add_mount(const std::string& fs_type, const std::string& root,
                 const std::string& relative_mount_point, const std::string& super_options) {
    mountinfo_ += std::to_string(30 + mount_count_) + " 23 0:" + std::to_string(40 + mount_count_) +
                  " " + root + " " + path(relative_mount_point) + " rw,nosuid shared:9 - " +
                  fs_type + " " + fs_type + " " + super_options + "\n";
    ++mount_count_;
    kernel->hierarchies.push_back(path(relative_mount_point));
    put_file(path("mountinfo"), mountinfo_);
  }

  CgroupEnvironment environment() const {
    CgroupEnvironment env;
    env.proc_self_cgroup = path("proc_self_cgroup");
    env.mountinfo = path("mountinfo");
    env.self_pid = kJudgePid;
    env.syscalls = kernel;
    return env;
  }

 private:
  std::string mountinfo_;
  int mount_count_ = 0;
};

// The interface files the v2 kernel puts in a new cgroup whose parent enables cpu memory pids.
inline std::map<std::string, std::string> v2_cgroup_files() {
  return {{"cgroup.procs", ""},
          {"cgroup.kill", ""},
          {"cgroup.controllers", ""},
          {"cgroup.subtree_control", ""},
          {"cpu.stat", "usage_usec 0\nuser_usec 0\nsystem_usec 0\n"},
          {"memory.max", "max\n"},
          {"memory.swap.max", "max\n"},
          {"memory.oom.group", "0\n"},
          {"memory.current", "0\n"},
          {"memory.peak", "0\n"},
          {"memory.events", "low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\noom_group_kill 0\n"},
          {"pids.max", "max\n"},
          {"pids.events", "max 0\n"}};
}

// The interface files of a new v1 cgroup; one set serves all three hierarchies.
inline std::map<std::string, std::string> v1_cgroup_files() {
  return {{"cgroup.procs", ""},
          {"memory.limit_in_bytes", "9223372036854771712\n"},
          {"memory.memsw.limit_in_bytes", "9223372036854771712\n"},
          {"memory.max_usage_in_bytes", "0\n"},
          {"memory.failcnt", "0\n"},
          {"memory.memsw.failcnt", "0\n"},
          {"memory.oom_control", "oom_kill_disable 0\nunder_oom 0\noom_kill 0\n"},
          {"memory.swappiness", "60\n"},
          {"pids.max", "max\n"},
          {"pids.events", "max 0\n"},
          {"cpuacct.usage", "0\n"}};
}

}  // namespace judge::sandbox::testing
