// Helpers of the real-kernel cgroup tests: run a child inside a run cgroup.
#pragma once

#include <fcntl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "sandbox/cgroup.h"

namespace judge::sandbox::testing {

// A real-kernel test that cannot run here says "SKIP: reason", which ctest reports as a skipped
// test (SKIP_REGULAR_EXPRESSION, tests/CMakeLists.txt); with JUDGE_SANDBOX_MUST_WORK=1 (CI, run
// as root) a missing privilege is a failure instead, since the test could run there.
inline void skip_unless_root(const char* what) {
  if (::geteuid() == 0) return;
  if (std::getenv("JUDGE_SANDBOX_MUST_WORK") != nullptr) {
    FAIL(what << " need root, and JUDGE_SANDBOX_MUST_WORK is set");
  }
  WARN("SKIP: " << what << " need root");
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Forks a child that waits until the parent has put it into `run`, then exits with body().
inline pid_t fork_into(RunCgroup& run, int (*body)()) {
  int gate[2];
  REQUIRE(::pipe2(gate, O_CLOEXEC) == 0);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::close(gate[1]);
    char go = 0;
    if (::read(gate[0], &go, 1) != 1) ::_exit(99);  // the parent failed to add us
    ::_exit(body());
  }
  ::close(gate[0]);
  // As the judge moves a run's init: the pid written to every cgroup.procs of the run.
  bool joined = true;
  for (const std::string& procs : run.procs_files()) {
    std::ofstream out(procs);
    out << pid << std::flush;
    joined = joined && out.good();
  }
  if (!joined) {
    ::close(gate[1]);
    ::waitpid(pid, nullptr, 0);
    FAIL("could not move the child into " << run.path());
  }
  REQUIRE(::write(gate[1], "x", 1) == 1);
  ::close(gate[1]);
  return pid;
}

inline int burn_200_ms_cpu() {
  timespec now{};
  do {
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  } while (now.tv_sec == 0 && now.tv_nsec < 200'000'000);
  return 0;
}

}  // namespace judge::sandbox::testing
