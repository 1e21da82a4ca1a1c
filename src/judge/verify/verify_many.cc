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
  // so two packages' runs never share a core. One package more than cores under way would let
  // a third have work while two are each down to one long run (-j 2: 0.55 of -j 1's time on
  // problems/, against 0.63 one package at a time), but two packages at once with a cold compile
  // cache have hung a submission's compile until its 60 s limit (a CE that is not the
  // submission's) in about 1 run of 6: until that is found, one package at a time.
  constexpr bool kPackagesOverlap = false;
  const unsigned packages_at_once = kPackagesOverlap && capped > 1 ? capped + 1 : 1;
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
