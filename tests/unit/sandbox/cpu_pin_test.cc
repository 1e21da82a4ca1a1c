// Runs pinned to one CPU (RunSpec::cpu, SandboxOptions::cpu): every process of the run, the
// program and its children, is on that CPU and cannot move off it; an unpinned run keeps the
// judge's CPUs.
#include <sched.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "sandbox/sandbox.h"
#include "sandbox_fixture.h"

using namespace judge::sandbox;
using namespace sandbox_fixture;

namespace {

std::vector<int> judge_cpus() {
  cpu_set_t set;
  CPU_ZERO(&set);
  REQUIRE(::sched_getaffinity(0, sizeof set, &set) == 0);
  std::vector<int> cpus;
  for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
    if (CPU_ISSET(cpu, &set)) cpus.push_back(cpu);
  }
  return cpus;
}

// The kernel's Cpus_allowed_list of the program itself and of a child it starts, one per line.
const char* const kReportAffinity =
    "grep Cpus_allowed_list /proc/self/status; sh -c 'grep Cpus_allowed_list /proc/self/status'";

std::string allowed_line(int cpu) {
  return "Cpus_allowed_list:\t" + std::to_string(cpu) + "\n";
}

}  // namespace

TEST_CASE("a run pinned to a CPU has it, its children too, and cannot leave it", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  // The last allowed CPU: not where the judge usually starts, so the pin is not a coincidence.
  const int cpu = judge_cpus().back();
  RunSpec spec = shell(kReportAffinity, scratch);
  spec.cpu = cpu;
  RunResult r = shared_sandbox()->run(spec);
  INFO(r.setup_error << r.stderr_text);
  REQUIRE(r.termination == Termination::kExited);
  CHECK(scratch.read("stdout") == allowed_line(cpu) + allowed_line(cpu));

  // Moving to every CPU the judge has fails (the seccomp policy): the core stays the run's.
  spec = shell("taskset -p -c 0-" + std::to_string(CPU_SETSIZE - 1) + " $$; " + kReportAffinity,
               scratch);
  spec.cpu = cpu;
  r = shared_sandbox()->run(spec);
  INFO(r.stderr_text);
  CHECK(r.exit_code == 0);
  CHECK(r.stderr_text.find("Operation not permitted") != std::string::npos);
  CHECK(scratch.read("stdout").ends_with(allowed_line(cpu) + allowed_line(cpu)));
}

TEST_CASE("an unpinned run has every CPU of the judge", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  const std::vector<int> cpus = judge_cpus();
  const RunResult r = shared_sandbox()->run(shell(kReportAffinity, scratch));
  INFO(r.setup_error << r.stderr_text);
  REQUIRE(r.termination == Termination::kExited);
  const std::string all = cpus.size() == 1
                              ? std::to_string(cpus[0])
                              : std::to_string(cpus.front()) + "-" + std::to_string(cpus.back());
  if (static_cast<int>(cpus.size()) != cpus.back() - cpus.front() + 1) {
    WARN("SKIP: the judge's CPUs are not one range here; the list format is not checked");
    return;
  }
  CHECK(scratch.read("stdout") ==
        "Cpus_allowed_list:\t" + all + "\n" + "Cpus_allowed_list:\t" + all + "\n");
}

TEST_CASE("a sandbox made for one CPU pins each of its runs there", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  const int cpu = judge_cpus().front();
  SandboxOptions options;
  options.cpu = cpu;
  const std::unique_ptr<Sandbox> pinned = make_sandbox(options);
  for (int i = 0; i < 2; ++i) {  // the second run takes the init started ahead
    const RunResult r = pinned->run(shell(kReportAffinity, scratch));
    INFO(r.setup_error << r.stderr_text);
    REQUIRE(r.termination == Termination::kExited);
    CHECK(scratch.read("stdout") == allowed_line(cpu) + allowed_line(cpu));
  }
  // A CPU that does not exist is the sandbox's failure, never an unpinned run.
  RunSpec spec = shell("true", scratch);
  spec.cpu = CPU_SETSIZE - 1;
  const RunResult r = pinned->run(spec);
  CHECK(r.termination == Termination::kSetupFailed);
  CHECK(r.setup_error.find("sched_setaffinity") != std::string::npos);
}
