// The worker thread that prepares runs: each job runs on the CPUs it was posted with, also when
// the set changes back and forth (the set is only applied when it differs from the last one).
#include "sandbox/background_worker.h"

#include <sched.h>

#include <catch2/catch.hpp>
#include <vector>

using judge::sandbox::BackgroundWorker;

namespace {

cpu_set_t only(int cpu) {
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(cpu, &set);
  return set;
}

}  // namespace

TEST_CASE("background worker: jobs run on the CPUs they were posted with", "[worker]") {
  cpu_set_t mine;
  REQUIRE(::sched_getaffinity(0, sizeof mine, &mine) == 0);
  std::vector<int> cpus;
  for (int cpu = 0; cpu < CPU_SETSIZE && cpus.size() < 2; ++cpu) {
    if (CPU_ISSET(cpu, &mine)) cpus.push_back(cpu);
  }
  if (cpus.size() < 2) {
    WARN("SKIP: one CPU only, nothing to move the worker between");
    return;
  }
  BackgroundWorker worker;
  for (int cpu : {cpus[0], cpus[0], cpus[1], cpus[1], cpus[0]}) {
    const cpu_set_t wanted = only(cpu);
    cpu_set_t seen;
    CPU_ZERO(&seen);
    worker.post([&seen] { ::sched_getaffinity(0, sizeof seen, &seen); }, &wanted);
    worker.wait_idle();
    CHECK(CPU_EQUAL(&seen, &wanted));
  }
}
