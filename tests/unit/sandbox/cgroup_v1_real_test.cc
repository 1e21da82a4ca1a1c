// The v1 back-end for real, on a machine with cgroup v1 hierarchies and root (skipped elsewhere):
// memory limit and OOM kill, CPU time, pids limit, removal, stale cleanup.
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <filesystem>
#include <fstream>

#include "cgroup_real_helpers.h"
#include "sandbox/cgroup.h"
#include "sandbox/cgroup_parse.h"

using namespace judge::sandbox;
using namespace judge::sandbox::testing;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<CgroupBackend> real_v1_backend() {
  skip_unless_root("the real cgroup v1 tests");
  if (::geteuid() != 0) return nullptr;
  CgroupEnvironment env;
  env.force_backend = "cgroup-v1";
  std::string why_not;
  auto backend = detect_cgroup_backend(env, &why_not);
  if (!backend) WARN("SKIP: no usable cgroup v1 here: " << why_not);
  return backend;
}

int touch_200_mib() {
  const std::size_t size = 200u << 20;
  void* memory = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (memory == MAP_FAILED) return 2;
  auto* bytes = static_cast<volatile char*>(memory);
  for (std::size_t i = 0; i < size; i += 4096) bytes[i] = 1;
  return 0;
}

int fork_until_refused() {
  for (int i = 0; i < 32; ++i) {
    const pid_t pid = ::fork();
    if (pid < 0) return errno == EAGAIN ? 0 : 3;
    if (pid == 0) {
      ::pause();  // stays in the cgroup until kill_all
      ::_exit(0);
    }
  }
  return 1;  // never refused: the limit did not work
}

// The cgroup directories `pid` is in, for the memory, pids and cpuacct hierarchies.
std::vector<std::string> v1_directories_of(pid_t pid) {
  std::vector<std::string> dirs;
  auto mounts = parse_mountinfo(read_text("/proc/self/mountinfo"));
  for (const ProcCgroupLine& line :
       parse_proc_cgroup(read_text("/proc/" + std::to_string(pid) + "/cgroup"))) {
    for (const char* controller : {"memory", "pids", "cpuacct"}) {
      if (std::find(line.controllers.begin(), line.controllers.end(), controller) ==
          line.controllers.end()) {
        continue;
      }
      for (const MountInfoLine& mount : mounts) {
        bool match = mount.fs_type == "cgroup" &&
                     std::find(mount.super_options.begin(), mount.super_options.end(),
                               controller) != mount.super_options.end();
        if (auto dir = match ? cgroup_directory(mount, line.path) : std::nullopt) {
          dirs.push_back(*dir);
          break;
        }
      }
    }
  }
  return dirs;
}

bool gone_or_zombie(pid_t pid) {
  std::string stat = read_text("/proc/" + std::to_string(pid) + "/stat");
  std::size_t paren = stat.rfind(')');
  return stat.empty() || (paren != std::string::npos && stat.substr(paren + 2, 1) == "Z");
}

}  // namespace

TEST_CASE("real v1: 200 MiB in a 64 MiB cgroup is OOM-killed", "[cgroup][real]") {
  auto backend = real_v1_backend();
  if (!backend) return;
  auto run = backend->create({64 << 20, 0});
  const pid_t child = fork_into(*run, touch_200_mib);
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGKILL);

  CgroupUsage usage = run->usage();
  CHECK(usage.oom_killed);
  CHECK(usage.memory_limit_hit);
  CHECK(usage.peak_memory_bytes > (60 << 20));
  CHECK(usage.peak_memory_bytes <= (64 << 20));
}

TEST_CASE("real v1: CPU time of a 200 ms burner matches its rusage", "[cgroup][real]") {
  auto backend = real_v1_backend();
  if (!backend) return;
  auto run = backend->create({256 << 20, 8});
  // Read once before the run: the figures are read again from the same open file after it
  // (cgroup_figure.h), which must show the new value, not the first one.
  CHECK(run->cpu_time_us() < 20'000);
  const pid_t child = fork_into(*run, burn_200_ms_cpu);
  int status = 0;
  rusage child_usage{};
  REQUIRE(::wait4(child, &status, 0, &child_usage) == child);
  REQUIRE(WIFEXITED(status));
  const std::int64_t rusage_us =
      (child_usage.ru_utime.tv_sec + child_usage.ru_stime.tv_sec) * 1'000'000ll +
      child_usage.ru_utime.tv_usec + child_usage.ru_stime.tv_usec;

  const std::int64_t cgroup_us = run->cpu_time_us();
  CHECK(cgroup_us >= 180'000);
  CHECK(cgroup_us == Approx(rusage_us).epsilon(0.10));
  CgroupUsage usage = run->usage();
  CHECK(usage.cpu_time_us >= cgroup_us);
  CHECK_FALSE(usage.oom_killed);
  CHECK_FALSE(usage.pids_limit_hit);
}

TEST_CASE("real v1: a fork loop hits pids.max, destruction kills all and removes the dirs",
          "[cgroup][real]") {
  auto backend = real_v1_backend();
  if (!backend) return;
  auto run = backend->create({64 << 20, 8});
  const pid_t child = fork_into(*run, fork_until_refused);
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);  // a fork was refused
  CHECK(run->usage().pids_limit_hit);

  const std::vector<pid_t> left = parse_pid_list(read_text(run->path() + "/cgroup.procs"));
  REQUIRE(left.size() == 7);  // the child plus 7 grandchildren made 8
  // Asked of a live grandchild: a dead task's /proc/<pid>/cgroup no longer shows the run cgroup.
  const std::vector<std::string> dirs = v1_directories_of(left.front());
  REQUIRE(dirs.size() == 3);
  for (const std::string& dir : dirs) CHECK(fs::is_directory(dir));

  run.reset();
  for (const std::string& dir : dirs) CHECK_FALSE(fs::exists(dir));
  for (pid_t pid : left) CHECK(gone_or_zombie(pid));
}

TEST_CASE("real v1: stale cleanup removes a dead judge's cgroup and kills what is inside",
          "[cgroup][real]") {
  auto backend = real_v1_backend();
  if (!backend) return;
  // Find our own memory cgroup the independent way, through a probe run cgroup.
  const std::string parent = fs::path(backend->create({})->path()).parent_path().string();

  const pid_t dead = ::fork();
  REQUIRE(dead >= 0);
  if (dead == 0) ::_exit(0);
  REQUIRE(::waitpid(dead, nullptr, 0) == dead);
  const std::string stale = parent + "/" + run_cgroup_name(dead, 1);
  REQUIRE(::mkdir(stale.c_str(), 0755) == 0);

  const pid_t runaway = ::fork();
  REQUIRE(runaway >= 0);
  if (runaway == 0) {
    ::pause();
    ::_exit(0);
  }
  std::ofstream(stale + "/cgroup.procs") << runaway;

  CHECK(cleanup_stale_cgroups(CgroupEnvironment{}) >= 1);
  CHECK_FALSE(fs::exists(stale));
  int status = 0;
  REQUIRE(::waitpid(runaway, &status, 0) == runaway);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGKILL);
}
