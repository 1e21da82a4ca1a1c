// Detection on fake machines: which back-end is picked, and what v2 detection does to make the
// judge's cgroup able to hold run cgroups.
#include <algorithm>

#include <catch2/catch.hpp>

#include "cgroup_fake_kernel.h"
#include "sandbox/cgroup.h"
#include "sandbox/cgroup_v2.h"

using namespace judge::sandbox;
using namespace judge::sandbox::testing;

namespace {

const std::string kScope = "cg2/user.slice/judge.scope";

// A pure cgroup v2 machine; the judge (and `others`) sit in user.slice/judge.scope.
void make_v2_machine(FakeMachine& machine, const std::string& controllers = "cpu io memory pids",
                     const std::string& others = "") {
  machine.set_proc_self_cgroup("0::/user.slice/judge.scope\n");
  machine.add_mount("cgroup2", "/", "cg2", "rw,nsdelegate");
  put_file(machine.path(kScope + "/cgroup.controllers"), controllers + "\n");
  put_file(machine.path(kScope + "/cgroup.subtree_control"), "");
  put_file(machine.path(kScope + "/cgroup.procs"),
           std::to_string(FakeMachine::kJudgePid) + "\n" + others);
  machine.kernel->new_cgroup_files = v2_cgroup_files();
}

// The v1 hierarchies of this Debian machine: cpu and cpuacct co-mounted here to exercise that.
void add_v1_hierarchies(FakeMachine& machine) {
  machine.add_mount("cgroup", "/", "cg1/memory", "rw,memory");
  machine.add_mount("cgroup", "/", "cg1/pids", "rw,pids");
  machine.add_mount("cgroup", "/", "cg1/cpu,cpuacct", "rw,cpu,cpuacct");
  for (const char* dir : {"cg1/memory/api/run1", "cg1/pids", "cg1/cpu,cpuacct"}) {
    put_file(machine.path(std::string(dir) + "/cgroup.procs"), "");
  }
}

// The kernel's "no internal processes" rule: subtree_control of a cgroup with processes is EBUSY.
void enforce_no_internal_processes(FakeMachine& machine) {
  machine.kernel->write_hook = [](const std::string& path, const std::string&) {
    const fs::path file(path);
    if (file.filename() != "cgroup.subtree_control") return -1;
    const std::string procs = (file.parent_path() / "cgroup.procs").string();
    return parse_pid_list(get_file(procs)).empty() ? -1 : EBUSY;
  };
}

}  // namespace

TEST_CASE("v2 is picked and enables cpu, memory and pids for run cgroups", "[cgroup]") {
  FakeMachine machine;
  make_v2_machine(machine);
  std::string why_not;
  auto backend = detect_cgroup_backend(machine.environment(), &why_not);
  REQUIRE(backend != nullptr);
  CHECK(why_not.empty());
  CHECK(backend->name() == "cgroup-v2");
  CHECK(backend->controllers() == std::vector<std::string>{"cpu", "memory", "pids"});
  CHECK(get_file(machine.path(kScope + "/cgroup.subtree_control")) == "+cpu +memory +pids");
}

TEST_CASE("v2 without the cpu controller still works (CPU time comes from cpu.stat)", "[cgroup]") {
  FakeMachine machine;
  make_v2_machine(machine, "memory pids");
  auto backend = detect_cgroup_backend(machine.environment(), nullptr);
  REQUIRE(backend != nullptr);
  CHECK(backend->controllers() == std::vector<std::string>{"memory", "pids"});
  CHECK(get_file(machine.path(kScope + "/cgroup.subtree_control")) == "+memory +pids");
}

TEST_CASE("v2 leaves subtree_control alone when the controllers are already enabled", "[cgroup]") {
  FakeMachine machine;
  make_v2_machine(machine);
  put_file(machine.path(kScope + "/cgroup.subtree_control"), "cpu memory pids\n");
  REQUIRE(detect_cgroup_backend(machine.environment(), nullptr) != nullptr);
  CHECK(machine.kernel->writes.empty());
}

TEST_CASE("v2 on EBUSY moves the judge into its own leaf, then enables controllers", "[cgroup]") {
  FakeMachine machine;
  make_v2_machine(machine);
  enforce_no_internal_processes(machine);
  auto backend = detect_cgroup_backend(machine.environment(), nullptr);
  REQUIRE(backend != nullptr);
  const std::string leaf = kScope + "/judge-4242-self";
  CHECK(parse_pid_list(get_file(machine.path(leaf + "/cgroup.procs"))) ==
        std::vector<pid_t>{FakeMachine::kJudgePid});
  CHECK(parse_pid_list(get_file(machine.path(kScope + "/cgroup.procs"))).empty());
  CHECK(get_file(machine.path(kScope + "/cgroup.subtree_control")) == "+cpu +memory +pids");

  // Run cgroups are siblings of the leaf.
  auto run = backend->create({});
  CHECK(fs::path(run->path()).parent_path() == fs::path(machine.path(kScope)));
}

TEST_CASE("v2 gives up and moves the judge back when other processes share its cgroup",
          "[cgroup]") {
  FakeMachine machine;
  make_v2_machine(machine, "cpu memory pids", "1111\n");
  enforce_no_internal_processes(machine);
  std::string why_not;
  CHECK(detect_cgroup_backend(machine.environment(), &why_not) == nullptr);
  CHECK_THAT(why_not, Catch::Contains("Device or resource busy") &&
                          Catch::Contains("other processes") &&
                          Catch::Contains("systemd-run --scope -p Delegate=yes"));
  CHECK_FALSE(fs::exists(machine.path(kScope + "/judge-4242-self")));
  auto procs = parse_pid_list(get_file(machine.path(kScope + "/cgroup.procs")));
  CHECK(std::count(procs.begin(), procs.end(), FakeMachine::kJudgePid) == 1);
}

TEST_CASE("v2 detection inside our own leaf uses the leaf's parent without moving", "[cgroup]") {
  FakeMachine machine;
  make_v2_machine(machine);
  put_file(machine.path(kScope + "/cgroup.procs"), "");
  put_file(machine.path(kScope + "/cgroup.subtree_control"), "cpu memory pids\n");
  put_file(machine.path(kScope + "/judge-4242-self/cgroup.procs"), "4242\n");
  machine.set_proc_self_cgroup("0::/user.slice/judge.scope/judge-4242-self\n");
  auto backend = detect_cgroup_backend(machine.environment(), nullptr);
  REQUIRE(backend != nullptr);
  CHECK(machine.kernel->writes.empty());
  auto run = backend->create({});
  CHECK(fs::path(run->path()).parent_path() == fs::path(machine.path(kScope)));
}

TEST_CASE("enable_subtree_controllers reports errors other than EBUSY as they are", "[cgroup]") {
  FakeMachine machine;
  make_v2_machine(machine);
  machine.kernel->write_hook = [](const std::string&, const std::string&) { return EACCES; };
  std::string error = enable_subtree_controllers(*machine.kernel, machine.path(kScope),
                                                 {"memory", "pids"}, FakeMachine::kJudgePid, true);
  CHECK_THAT(error, Catch::Contains("+memory +pids") && Catch::Contains("Permission denied"));
  CHECK_FALSE(fs::exists(machine.path(kScope + "/judge-4242-self")));
}

TEST_CASE("v2 not delegated to the user says how to delegate", "[cgroup]") {
  FakeMachine machine;
  make_v2_machine(machine);
  machine.kernel->read_only.insert(machine.path(kScope + "/cgroup.subtree_control"));
  std::string why_not;
  CHECK(detect_cgroup_backend(machine.environment(), &why_not) == nullptr);
  CHECK_THAT(why_not, Catch::Contains("not delegated") &&
                          Catch::Contains("systemd-run --user --scope -p Delegate=yes judge"));
}

TEST_CASE("hybrid machine: v2 has no controllers, v1 is picked", "[cgroup]") {
  FakeMachine machine;
  machine.set_proc_self_cgroup(
      "9:name=systemd:/\n8:pids:/\n4:memory:/api/run1\n2:cpu,cpuacct:/\n0::/\n");
  machine.add_mount("cgroup2", "/", "cg1/unified", "rw");
  put_file(machine.path("cg1/unified/cgroup.controllers"), "\n");
  put_file(machine.path("cg1/unified/cgroup.procs"), "4242\n");
  put_file(machine.path("cg1/unified/cgroup.subtree_control"), "");
  add_v1_hierarchies(machine);
  std::string why_not;
  auto backend = detect_cgroup_backend(machine.environment(), &why_not);
  REQUIRE(backend != nullptr);
  CHECK(backend->name() == "cgroup-v1");
  CHECK(backend->controllers() == std::vector<std::string>{"cpuacct", "memory", "pids"});
  CHECK(machine.kernel->writes.empty());  // v1 detection changes nothing

  CgroupEnvironment only_v2 = machine.environment();
  only_v2.force_backend = "cgroup-v2";
  CHECK(detect_cgroup_backend(only_v2, &why_not) == nullptr);
  CHECK_THAT(why_not, Catch::StartsWith("cgroup v2: controller(s) memory, pids not available"));
}

TEST_CASE("v1 needs writable memory, pids and cpuacct cgroups", "[cgroup]") {
  FakeMachine machine;
  machine.set_proc_self_cgroup("8:pids:/\n4:memory:/api/run1\n2:cpu,cpuacct:/\n");
  add_v1_hierarchies(machine);
  machine.kernel->read_only.insert(machine.path("cg1/memory/api/run1/cgroup.procs"));
  std::string why_not;
  CHECK(detect_cgroup_backend(machine.environment(), &why_not) == nullptr);
  CHECK_THAT(why_not, Catch::Contains("cg1/memory/api/run1/cgroup.procs is not writable"));
}

TEST_CASE("v1 without a pids hierarchy is not usable", "[cgroup]") {
  FakeMachine machine;
  machine.set_proc_self_cgroup("4:memory:/api/run1\n2:cpu,cpuacct:/\n");
  add_v1_hierarchies(machine);
  std::string why_not;
  CHECK(detect_cgroup_backend(machine.environment(), &why_not) == nullptr);
  CHECK_THAT(why_not, Catch::Contains("no pids hierarchy"));
}

TEST_CASE("no cgroup mounts at all: nullptr, and both back-ends say why", "[cgroup]") {
  FakeMachine machine;
  machine.set_proc_self_cgroup("0::/user.slice\n");
  machine.add_mount("proc", "/", "proc", "rw");
  std::string why_not;
  CHECK(detect_cgroup_backend(machine.environment(), &why_not) == nullptr);
  CHECK_THAT(why_not, Catch::StartsWith("cgroup v2: no cgroup2 mount shows our cgroup") &&
                          Catch::Contains("; cgroup v1: no memory hierarchy"));
}

TEST_CASE("a mount of another subtree does not count as ours", "[cgroup]") {
  FakeMachine machine;
  machine.set_proc_self_cgroup("0::/user.slice/judge.scope\n");
  machine.add_mount("cgroup2", "/system.slice", "cg2", "rw");
  put_file(machine.path("cg2/user.slice/judge.scope/cgroup.controllers"), "memory pids\n");
  std::string why_not;
  CHECK(detect_cgroup_backend(machine.environment(), &why_not) == nullptr);
  CHECK_THAT(why_not, Catch::Contains("no cgroup2 mount shows our cgroup /user.slice/judge.scope"));
}

TEST_CASE("unreadable /proc/self/cgroup and unknown forced back-ends are reported", "[cgroup]") {
  FakeMachine machine;
  std::string why_not;
  CHECK(detect_cgroup_backend(machine.environment(), &why_not) == nullptr);
  CHECK_THAT(why_not, Catch::Contains("proc_self_cgroup: No such file or directory"));

  CgroupEnvironment env = machine.environment();
  env.force_backend = "cgroup-v3";
  CHECK(detect_cgroup_backend(env, &why_not) == nullptr);
  CHECK_THAT(why_not, Catch::Contains("unknown cgroup backend \"cgroup-v3\""));
}
