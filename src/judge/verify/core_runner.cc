#include "judge/verify/core_runner.h"

#include <algorithm>
#include <optional>
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
  std::optional<parallel::CpuSlots> own_slots;
  if (shared_slots_ == nullptr) own_slots.emplace(parallel::host_core_cpus());
  std::vector<std::unique_ptr<sandbox::Sandbox>> sandboxes(static_cast<std::size_t>(jobs_));
  parallel::run_in_order(
      count, static_cast<unsigned>(jobs_), shared_slots_ != nullptr ? *shared_slots_ : *own_slots,
      [&](std::size_t item, const parallel::Worker& worker) {
        std::unique_ptr<sandbox::Sandbox>& sandbox = sandboxes[worker.index];
        if (!sandbox) sandbox = make_sandbox_(worker.cpu);
        work(item, *sandbox);
      },
      [&](std::size_t item) {
        if (deliver) deliver(item);
        return true;
      });
  // The sandboxes are destroyed here, after their threads have ended: that is allowed (pool.h).
}

}  // namespace judge::verify
