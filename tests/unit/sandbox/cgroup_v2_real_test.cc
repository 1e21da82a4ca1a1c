// The v2 run cgroup on the real kernel, in whatever cgroup2 hierarchy holds this process, even
// one without controllers (a hybrid machine's /sys/fs/cgroup/unified): no limits, but the core
// files still work: cgroup.procs, cpu.stat, cgroup.kill, CLONE_INTO_CGROUP, rmdir. Skipped
// without root or without a writable cgroup2 cgroup.
#include <signal.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "cgroup_real_helpers.h"
#include "sandbox/cgroup.h"
#include "sandbox/cgroup_parse.h"
#include "sandbox/cgroup_syscalls.h"
#include "sandbox/cgroup_v2.h"

using namespace judge::sandbox;
using namespace judge::sandbox::testing;
namespace fs = std::filesystem;

namespace {

// A v2 back-end on our own cgroup2 cgroup, without enabling any controller there.
std::unique_ptr<CgroupBackend> real_v2_backend_without_controllers() {
  skip_unless_root("the real cgroup v2 tests");
  if (::geteuid() != 0) return nullptr;
  std::string ours;
  for (const ProcCgroupLine& line : parse_proc_cgroup(read_text("/proc/self/cgroup"))) {
    if (line.hierarchy_id == 0) ours = line.path;
  }
  for (const MountInfoLine& mount : parse_mountinfo(read_text("/proc/self/mountinfo"))) {
    if (mount.fs_type != "cgroup2") continue;
    std::optional<std::string> dir = cgroup_directory(mount, ours);
    if (dir && ::access(dir->c_str(), W_OK) == 0) {
      return make_cgroup_v2_backend(real_cgroup_syscalls(), *dir, {}, ::getpid());
    }
  }
  WARN("SKIP: no writable cgroup2 cgroup holds this process");
  return nullptr;
}

int fork_sleepers_then_pause() {
  for (int i = 0; i < 3; ++i) {
    if (::fork() == 0) ::pause();
  }
  ::pause();
  return 0;
}

}  // namespace

TEST_CASE("real v2: cpu.stat usage_usec matches the rusage of a 200 ms burner", "[cgroup][real]") {
  auto backend = real_v2_backend_without_controllers();
  if (!backend) return;
  auto run = backend->create({});
  // Read once before the run: the same open file, read again after it, must show the new value.
  CHECK(run->cpu_time_us() < 20'000);
  const pid_t child = fork_into(*run, burn_200_ms_cpu);
  int status = 0;
  rusage child_usage{};
  REQUIRE(::wait4(child, &status, 0, &child_usage) == child);
  const std::int64_t rusage_us =
      (child_usage.ru_utime.tv_sec + child_usage.ru_stime.tv_sec) * 1'000'000ll +
      child_usage.ru_utime.tv_usec + child_usage.ru_stime.tv_usec;
  CHECK(run->cpu_time_us() >= 180'000);
  CHECK(run->usage().cpu_time_us == Approx(rusage_us).epsilon(0.10));
}

TEST_CASE("real v2: kill_all kills a whole process tree through cgroup.kill", "[cgroup][real]") {
  auto backend = real_v2_backend_without_controllers();
  if (!backend) return;
  auto run = backend->create({});
  CHECK(fs::exists(run->path() + "/cgroup.kill"));  // kernel >= 5.14 (not in the root cgroup)
  const pid_t child = fork_into(*run, fork_sleepers_then_pause);
  const std::string procs = run->path() + "/cgroup.procs";
  for (int i = 0; i < 2000 && parse_pid_list(read_text(procs)).size() < 4; ++i) ::usleep(1000);
  REQUIRE(parse_pid_list(read_text(procs)).size() == 4);

  run->kill_all();
  CHECK(parse_pid_list(read_text(procs)).empty());
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGKILL);

  const std::string dir = run->path();
  run.reset();
  CHECK_FALSE(fs::exists(dir));
}
