// cleanup_stale_cgroups on a fake tree: only cgroups of dead judges go.
#include <catch2/catch.hpp>

#include "cgroup_fake_kernel.h"
#include "sandbox/cgroup.h"

using namespace judge::sandbox;
using namespace judge::sandbox::testing;

TEST_CASE("stale cleanup removes cgroups of dead judges only", "[cgroup]") {
  FakeMachine machine;
  machine.set_proc_self_cgroup(
      "8:pids:/\n4:memory:/api\n2:cpuacct:/\n0::/judge.scope/judge-4242-self\n");
  machine.add_mount("cgroup", "/", "cg1/memory", "rw,memory");
  machine.add_mount("cgroup", "/", "cg1/pids", "rw,pids");
  machine.add_mount("cgroup2", "/", "cg2", "rw");
  const std::string memory = machine.path("cg1/memory/api");
  const std::string pids = machine.path("cg1/pids");
  const std::string v2 = machine.path("cg2/judge.scope");
  for (const char* name :
       {"judge-777-1", "judge-4242-2", "judge-888-3", "unrelated", "judge-x-1"}) {
    put_file(memory + "/" + std::string(name) + "/cgroup.procs", "");
  }
  put_file(pids + "/judge-777-1/cgroup.procs", "9001\n");  // a runaway left behind
  put_file(v2 + "/judge-777-self/cgroup.procs", "");
  put_file(v2 + "/judge-4242-self/cgroup.procs", "4242\n");
  machine.kernel->alive = {888};

  CHECK(cleanup_stale_cgroups(machine.environment()) == 3);
  CHECK_FALSE(fs::exists(memory + "/judge-777-1"));
  CHECK_FALSE(fs::exists(pids + "/judge-777-1"));
  CHECK_FALSE(fs::exists(v2 + "/judge-777-self"));
  CHECK(machine.kernel->kills == std::vector<std::pair<pid_t, int>>{{9001, SIGKILL}});
  for (const char* kept : {"judge-4242-2", "judge-888-3", "unrelated", "judge-x-1"}) {
    CHECK(fs::exists(memory + "/" + kept));
  }
  CHECK(fs::exists(v2 + "/judge-4242-self"));
}
