// The v2 run cgroup on a fake tree: limit files written, figures parsed, kill and removal.
#include <catch2/catch.hpp>

#include "cgroup_fake_kernel.h"
#include "sandbox/cgroup.h"
#include "util/error.h"

using namespace judge::sandbox;
using namespace judge::sandbox::testing;

namespace {

std::unique_ptr<CgroupBackend> v2_backend(FakeMachine& machine) {
  machine.set_proc_self_cgroup("0::/judge.scope\n");
  machine.add_mount("cgroup2", "/", "cg2", "rw");
  put_file(machine.path("cg2/judge.scope/cgroup.controllers"), "cpu memory pids\n");
  put_file(machine.path("cg2/judge.scope/cgroup.subtree_control"), "cpu memory pids\n");
  put_file(machine.path("cg2/judge.scope/cgroup.procs"), "");
  machine.kernel->new_cgroup_files = v2_cgroup_files();
  auto backend = detect_cgroup_backend(machine.environment(), nullptr);
  REQUIRE(backend != nullptr);
  return backend;
}

std::string file_of(const RunCgroup& run, const std::string& name) {
  return get_file(run.path() + "/" + name);
}

}  // namespace

TEST_CASE("v2 create writes memory.max, swap 0, oom.group and pids.max", "[cgroup]") {
  FakeMachine machine;
  auto backend = v2_backend(machine);
  auto run = backend->create({64 << 20, 8});
  CHECK(fs::path(run->path()).filename().string().rfind("judge-4242-", 0) == 0);
  CHECK(file_of(*run, "memory.max") == "67108864");
  CHECK(file_of(*run, "memory.swap.max") == "0");
  CHECK(file_of(*run, "memory.oom.group") == "1");
  CHECK(file_of(*run, "pids.max") == "8");
}

TEST_CASE("v2 create without limits leaves memory.max and pids.max at max", "[cgroup]") {
  FakeMachine machine;
  auto backend = v2_backend(machine);
  auto run = backend->create({});
  CHECK(file_of(*run, "memory.max") == "max\n");
  CHECK(file_of(*run, "pids.max") == "max\n");
}

TEST_CASE("v2 create skips optional files the kernel does not have", "[cgroup]") {
  FakeMachine machine;
  auto backend = v2_backend(machine);
  machine.kernel->new_cgroup_files.erase("memory.swap.max");  // no swap accounting
  machine.kernel->new_cgroup_files.erase("memory.oom.group");
  auto run = backend->create({1 << 20, 0});
  CHECK(file_of(*run, "memory.max") == "1048576");
  CHECK_FALSE(fs::exists(run->path() + "/memory.swap.max"));
}

TEST_CASE("v2 create fails with the path and errno, and leaves nothing behind", "[cgroup]") {
  FakeMachine machine;
  auto backend = v2_backend(machine);
  machine.kernel->new_cgroup_files.erase("pids.max");  // pids controller not enabled
  CHECK_THROWS_WITH(backend->create({0, 16}),
                    Catch::Contains("/pids.max): No such file or directory"));
  CHECK(machine.kernel->subdirectories(machine.path("cg2/judge.scope")).empty());
}

TEST_CASE("v2 run numbers differ between runs of one judge", "[cgroup]") {
  FakeMachine machine;
  auto backend = v2_backend(machine);
  auto first = backend->create({});
  auto second = backend->create({});
  CHECK(first->path() != second->path());
}

TEST_CASE("v2 procs_files names the run's cgroup.procs", "[cgroup]") {
  FakeMachine machine;
  auto backend = v2_backend(machine);
  auto run = backend->create({});
  CHECK(run->procs_files() == std::vector<std::string>{run->path() + "/cgroup.procs"});
}

TEST_CASE("v2 usage reads cpu.stat, memory.peak, memory.events and pids.events", "[cgroup]") {
  FakeMachine machine;
  auto backend = v2_backend(machine);
  auto run = backend->create({});
  put_file(run->path() + "/cpu.stat", "usage_usec 250123\nuser_usec 200000\nsystem_usec 50123\n");
  CHECK(run->cpu_time_us() == 250123);

  put_file(run->path() + "/memory.peak", "67108864\n");
  put_file(run->path() + "/memory.events",
           "low 0\nhigh 0\nmax 12\noom 1\noom_kill 1\noom_group_kill 1\n");
  put_file(run->path() + "/pids.events", "max 3\n");
  CgroupUsage usage = run->usage();
  CHECK(usage.cpu_time_us == 250123);
  CHECK(usage.peak_memory_bytes == 67108864);
  CHECK(usage.oom_killed);
  CHECK(usage.memory_limit_hit);
  CHECK(usage.pids_limit_hit);
}

TEST_CASE("v2 usage of a quiet run reports no limit hit", "[cgroup]") {
  FakeMachine machine;
  auto backend = v2_backend(machine);
  auto run = backend->create({});
  CgroupUsage usage = run->usage();
  CHECK_FALSE(usage.oom_killed);
  CHECK_FALSE(usage.memory_limit_hit);
  CHECK_FALSE(usage.pids_limit_hit);
}

TEST_CASE("v2 without memory.peak samples memory.current while polling", "[cgroup]") {
  FakeMachine machine;
  auto backend = v2_backend(machine);
  machine.kernel->new_cgroup_files.erase("memory.peak");  // kernel < 5.19
  auto run = backend->create({});
  for (const char* current : {"1000\n", "5000\n", "2000\n"}) {
    put_file(run->path() + "/memory.current", current);
    run->cpu_time_us();
  }
  put_file(run->path() + "/memory.current", "3000\n");
  CHECK(run->usage().peak_memory_bytes == 5000);
}

TEST_CASE("v2 cpu_time_us throws when cpu.stat has no usage_usec", "[cgroup]") {
  FakeMachine machine;
  auto backend = v2_backend(machine);
  auto run = backend->create({});
  put_file(run->path() + "/cpu.stat", "garbage\n");
  CHECK_THROWS_AS(run->cpu_time_us(), judge::InternalError);
}

TEST_CASE("v2 kill_all uses cgroup.kill when the kernel has it", "[cgroup]") {
  FakeMachine machine;
  auto backend = v2_backend(machine);
  auto run = backend->create({});
  put_file(run->path() + "/cgroup.procs", "501\n502\n");
  run->kill_all();
  CHECK(machine.kernel->kills.empty());
  CHECK(parse_pid_list(file_of(*run, "cgroup.procs")).empty());
}

TEST_CASE("v2 kill_all falls back to SIGKILL of every listed pid", "[cgroup]") {
  FakeMachine machine;
  auto backend = v2_backend(machine);
  machine.kernel->new_cgroup_files.erase("cgroup.kill");  // kernel < 5.14
  auto run = backend->create({});
  put_file(run->path() + "/cgroup.procs", "501\n502\n");
  run->kill_all();
  CHECK(machine.kernel->kills ==
        std::vector<std::pair<pid_t, int>>{{501, SIGKILL}, {502, SIGKILL}});
  CHECK(parse_pid_list(file_of(*run, "cgroup.procs")).empty());
}

TEST_CASE("v2 destruction kills what is left and removes the cgroup", "[cgroup]") {
  FakeMachine machine;
  auto backend = v2_backend(machine);
  auto run = backend->create({});
  const std::string dir = run->path();
  put_file(dir + "/cgroup.procs", "601\n");
  run.reset();
  CHECK_FALSE(fs::exists(dir));
}

TEST_CASE("v2 destroying an empty run cgroup is one rmdir: no cgroup.kill, nothing read",
          "[cgroup]") {
  FakeMachine machine;
  auto backend = v2_backend(machine);
  auto run = backend->create({});
  const std::string dir = run->path();
  machine.kernel->reads.clear();
  machine.kernel->writes.clear();
  run.reset();
  CHECK_FALSE(fs::exists(dir));
  CHECK(machine.kernel->reads.empty());
  CHECK(machine.kernel->writes.empty());
}
