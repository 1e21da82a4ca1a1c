// The v1 run cgroup on a fake tree: one directory per hierarchy, limits, figures, kill.
#include <algorithm>
#include <catch2/catch.hpp>

#include "cgroup_fake_kernel.h"
#include "sandbox/cgroup.h"

using namespace judge::sandbox;
using namespace judge::sandbox::testing;

namespace {

struct V1Machine {
  FakeMachine machine;
  std::unique_ptr<CgroupBackend> backend;

  V1Machine() {
    machine.set_proc_self_cgroup("8:pids:/\n4:memory:/api/run1\n2:cpuacct:/\n0::/\n");
    machine.add_mount("cgroup", "/", "cg1/memory", "rw,memory");
    machine.add_mount("cgroup", "/", "cg1/pids", "rw,pids");
    machine.add_mount("cgroup", "/", "cg1/cpuacct", "rw,cpuacct");
    for (const char* dir : {"cg1/memory/api/run1", "cg1/pids", "cg1/cpuacct"}) {
      put_file(machine.path(std::string(dir) + "/cgroup.procs"), "");
    }
    machine.kernel->new_cgroup_files = v1_cgroup_files();
    CgroupEnvironment env = machine.environment();
    env.force_backend = "cgroup-v1";
    backend = detect_cgroup_backend(env, nullptr);
    REQUIRE(backend != nullptr);
  }

  std::string run_dir(const std::string& hierarchy, const RunCgroup& run) const {
    return machine.path(hierarchy) + "/" + fs::path(run.path()).filename().string();
  }
};

}  // namespace

TEST_CASE("v1 create makes one cgroup per hierarchy and writes the limits", "[cgroup]") {
  V1Machine v1;
  auto run = v1.backend->create({64 << 20, 8});
  CHECK(fs::path(run->path()).parent_path() == fs::path(v1.machine.path("cg1/memory/api/run1")));
  CHECK(get_file(run->path() + "/memory.limit_in_bytes") == "67108864");
  CHECK(get_file(run->path() + "/memory.memsw.limit_in_bytes") == "67108864");
  CHECK(get_file(v1.run_dir("cg1/pids", *run) + "/pids.max") == "8");
  CHECK(fs::is_directory(v1.run_dir("cg1/cpuacct", *run)));

  // memsw may never be below limit_in_bytes, so limit_in_bytes is written first.
  const auto& writes = v1.machine.kernel->writes;
  auto limit = std::find_if(writes.begin(), writes.end(), [](const std::string& w) {
    return w.find("memory.limit_in_bytes=") != std::string::npos;
  });
  auto memsw = std::find_if(writes.begin(), writes.end(), [](const std::string& w) {
    return w.find("memory.memsw.limit_in_bytes=") != std::string::npos;
  });
  CHECK(limit < memsw);
}

TEST_CASE("v1 without swap accounting sets swappiness 0 instead of memsw", "[cgroup]") {
  V1Machine v1;
  v1.machine.kernel->new_cgroup_files.erase("memory.memsw.limit_in_bytes");
  auto run = v1.backend->create({1 << 20, 0});
  CHECK(get_file(run->path() + "/memory.swappiness") == "0");
  CHECK(get_file(v1.run_dir("cg1/pids", *run) + "/pids.max") == "max\n");
}

TEST_CASE("v1 procs_files names the run's cgroup.procs in every hierarchy", "[cgroup]") {
  V1Machine v1;
  auto run = v1.backend->create({});
  std::vector<std::string> expected = {run->path() + "/cgroup.procs"};
  for (const char* hierarchy : {"cg1/pids", "cg1/cpuacct"}) {
    expected.push_back(v1.run_dir(hierarchy, *run) + "/cgroup.procs");
  }
  std::vector<std::string> files = run->procs_files();
  std::sort(files.begin(), files.end());
  std::sort(expected.begin(), expected.end());
  CHECK(files == expected);
}

TEST_CASE("v1 usage reads cpuacct.usage, max_usage, oom_control, failcnt, pids.events",
          "[cgroup]") {
  V1Machine v1;
  auto run = v1.backend->create({});
  put_file(v1.run_dir("cg1/cpuacct", *run) + "/cpuacct.usage", "200999999\n");
  CHECK(run->cpu_time_us() == 200999);  // ns -> us, truncated

  put_file(run->path() + "/memory.max_usage_in_bytes", "67108864\n");
  put_file(run->path() + "/memory.oom_control", "oom_kill_disable 0\nunder_oom 0\noom_kill 1\n");
  put_file(run->path() + "/memory.failcnt", "40\n");
  put_file(v1.run_dir("cg1/pids", *run) + "/pids.events", "max 5\n");
  CgroupUsage usage = run->usage();
  CHECK(usage.cpu_time_us == 200999);
  CHECK(usage.peak_memory_bytes == 67108864);
  CHECK(usage.oom_killed);
  CHECK(usage.memory_limit_hit);
  CHECK(usage.pids_limit_hit);
}

TEST_CASE("v1 memory_limit_hit: a peak at the limit counts even when failcnt stays 0", "[cgroup]") {
  V1Machine v1;
  auto run = v1.backend->create({1 << 20, 0});
  put_file(run->path() + "/memory.max_usage_in_bytes", "1040384\n");
  CHECK_FALSE(run->usage().memory_limit_hit);
  put_file(run->path() + "/memory.max_usage_in_bytes", "1048576\n");
  CHECK(run->usage().memory_limit_hit);
}

TEST_CASE("v1 before Linux 4.13 has no oom_kill line: only failcnt shows the limit", "[cgroup]") {
  V1Machine v1;
  auto run = v1.backend->create({});
  put_file(run->path() + "/memory.oom_control", "oom_kill_disable 0\nunder_oom 0\n");
  put_file(run->path() + "/memory.memsw.failcnt", "2\n");
  CgroupUsage usage = run->usage();
  CHECK_FALSE(usage.oom_killed);
  CHECK(usage.memory_limit_hit);
  CHECK_FALSE(usage.pids_limit_hit);
}

TEST_CASE("v1 kill_all SIGKILLs the pids of every hierarchy, destruction removes all dirs",
          "[cgroup]") {
  V1Machine v1;
  auto run = v1.backend->create({});
  put_file(run->path() + "/cgroup.procs", "701\n");
  put_file(v1.run_dir("cg1/pids", *run) + "/cgroup.procs", "701\n702\n");
  run->kill_all();
  CHECK(v1.machine.kernel->kills ==
        std::vector<std::pair<pid_t, int>>{{701, SIGKILL}, {702, SIGKILL}});

  std::vector<std::string> dirs = {run->path(), v1.run_dir("cg1/pids", *run),
                                   v1.run_dir("cg1/cpuacct", *run)};
  run.reset();
  for (const std::string& dir : dirs) CHECK_FALSE(fs::exists(dir));
}

TEST_CASE("v1 destroying an empty run cgroup is one rmdir per hierarchy, nothing read or killed",
          "[cgroup]") {
  V1Machine v1;
  auto run = v1.backend->create({});
  std::vector<std::string> dirs = {run->path(), v1.run_dir("cg1/pids", *run),
                                   v1.run_dir("cg1/cpuacct", *run)};
  v1.machine.kernel->reads.clear();
  run.reset();
  for (const std::string& dir : dirs) CHECK_FALSE(fs::exists(dir));
  CHECK(v1.machine.kernel->reads.empty());
  CHECK(v1.machine.kernel->kills.empty());
}

TEST_CASE("v1 destroying a run cgroup that still has tasks kills them, then removes every dir",
          "[cgroup]") {
  V1Machine v1;
  auto run = v1.backend->create({});
  // Only the pids hierarchy still lists a task: the memory dir goes at once, the rest after.
  put_file(v1.run_dir("cg1/pids", *run) + "/cgroup.procs", "703\n");
  std::vector<std::string> dirs = {run->path(), v1.run_dir("cg1/pids", *run),
                                   v1.run_dir("cg1/cpuacct", *run)};
  run.reset();
  CHECK(v1.machine.kernel->kills == std::vector<std::pair<pid_t, int>>{{703, SIGKILL}});
  for (const std::string& dir : dirs) CHECK_FALSE(fs::exists(dir));
}
