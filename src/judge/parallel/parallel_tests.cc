#include "judge/parallel/parallel_tests.h"

#include <optional>

#include "judge/parallel/cpu_topology.h"
#include "judge/parallel/pool.h"

namespace judge::parallel {

namespace {

// What one worker thread judges with, made by that thread on its first test so that the sandbox
// takes the thread's CPU (its zygote and helper thread included).
struct WorkerTools {
  std::unique_ptr<sandbox::Sandbox> sandbox;
  std::unique_ptr<StagingDir> staging;
  std::unique_ptr<OutputChecker> checker;
};

}  // namespace

void judge_tests_in_parallel(const std::vector<const problem::TestCase*>& tests, unsigned jobs,
                             const sandbox::SandboxOptions& sandbox_options,
                             const CheckerFactory& make_checker, const TestRunner& run_one,
                             const OutcomeSink& deliver) {
  CpuSlots slots(host_core_cpus());
  jobs = cap_jobs(jobs, slots);
  std::vector<WorkerTools> workers(jobs);
  std::vector<std::optional<TestOutcome>> outcomes(tests.size());
  const auto work = [&](std::size_t index, const Worker& worker) {
    WorkerTools& tools = workers[worker.index];
    if (!tools.sandbox) {
      sandbox::SandboxOptions options = sandbox_options;
      options.cpu = worker.cpu;
      tools.sandbox = sandbox::make_sandbox(options);
      tools.staging =
          std::make_unique<StagingDir>(tools.sandbox->sandbox_uid(), tools.sandbox->sandbox_gid());
      tools.checker = make_checker(*tools.sandbox, *tools.staging);
    }
    outcomes[index] = run_one(*tests[index], *tools.sandbox, *tools.staging, tools.checker.get());
  };
  // The workers' sandboxes outlive their threads and go down here, on the calling thread: their
  // zygotes, children of the worker threads, are gone already (PR_SET_PDEATHSIG) and are reaped.
  run_in_order(tests.size(), jobs, slots, work,
               [&](std::size_t index) { return deliver(index, std::move(*outcomes[index])); });
}

}  // namespace judge::parallel
