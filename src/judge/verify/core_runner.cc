#include "judge/verify/core_runner.h"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

#include "judge/parallel/cpu_slots.h"
#include "judge/parallel/cpu_topology.h"
#include "judge/parallel/pool.h"

namespace judge::verify {

CoreRunner::CoreRunner(int jobs, SandboxFactory make_sandbox, parallel::CpuSlots* shared_slots)
    : make_sandbox_(std::move(make_sandbox)), shared_slots_(shared_slots) {
  const parallel::CpuSlots slots(parallel::host_core_cpus());
  jobs_ = static_cast<int>(parallel::cap_jobs(static_cast<unsigned>(std::max(jobs, 1)), slots));
}

void CoreRunner::run(std::size_t count, const Work& work, const Deliver& deliver) const {
  const auto deliver_all = [&](std::size_t item) {
    if (deliver) deliver(item);
    return true;
  };
  if (shared_slots_ != nullptr) {
    // A worker may hold another core for each item: one sandbox per worker and core, made on
    // that worker once it is pinned to that core (its processes inherit the core).
    std::vector<std::map<int, std::unique_ptr<sandbox::Sandbox>>> sandboxes(
        static_cast<std::size_t>(jobs_));
    parallel::run_in_order_sharing(
        count, static_cast<unsigned>(jobs_), *shared_slots_,
        [&](std::size_t item, const parallel::Worker& worker) {
          std::unique_ptr<sandbox::Sandbox>& sandbox = sandboxes[worker.index][worker.cpu];
          if (!sandbox) sandbox = make_sandbox_(worker.cpu);
          work(item, *sandbox);
        },
        deliver_all);
    return;
  }
  parallel::CpuSlots slots(parallel::host_core_cpus());
  std::vector<std::unique_ptr<sandbox::Sandbox>> sandboxes(static_cast<std::size_t>(jobs_));
  parallel::run_in_order(
      count, static_cast<unsigned>(jobs_), slots,
      [&](std::size_t item, const parallel::Worker& worker) {
        std::unique_ptr<sandbox::Sandbox>& sandbox = sandboxes[worker.index];
        if (!sandbox) sandbox = make_sandbox_(worker.cpu);
        work(item, *sandbox);
      },
      deliver_all);
  // The sandboxes are destroyed here, after their threads have ended: that is allowed (pool.h).
}

}  // namespace judge::verify
