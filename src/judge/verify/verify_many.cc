#include "judge/verify/verify_many.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "judge/parallel/cpu_slots.h"
#include "judge/parallel/cpu_topology.h"
#include "judge/parallel/pool.h"

namespace judge::verify {

void verify_packages(const std::vector<VerifyOptions>& packages, int jobs,
                     const lang::Registry& registry, const SandboxFactory& make_sandbox,
                     const ListenerFor& listener_for, const ReportSink& sink) {
  std::vector<PlannedPackage> plans;
  std::vector<VerifyOptions> options = packages;
  for (VerifyOptions& package : options) {
    package.jobs = jobs;
    plans.push_back(plan_package(package, registry));
  }
  parallel::CpuSlots slots(parallel::host_core_cpus());
  const unsigned capped = parallel::cap_jobs(static_cast<unsigned>(std::max(jobs, 1)), slots);
  const auto listener = [&](std::size_t index) {
    return listener_for ? listener_for(index) : nullptr;
  };
  // A package thread holds no core slot itself: its runners' workers do, one per run at a time,
  // so two packages' runs never share a core. One package more than cores is under way, so that
  // while two are each down to one long run, or between phases, a third has work for a core.
  const unsigned packages_at_once = capped == 1 ? 1 : capped + 1;
  std::vector<std::optional<VerifyReport>> reports(plans.size());
  parallel::run_in_order_unpinned(
      plans.size(), packages_at_once,
      [&](std::size_t i, const parallel::Worker&) {
        reports[i] = verify_planned(std::move(plans[i]), options[i], registry, make_sandbox, &slots,
                                    listener(i));
      },
      [&](std::size_t i) {
        sink(i, std::move(*reports[i]));
        reports[i].reset();
        return true;
      });
}

}  // namespace judge::verify
