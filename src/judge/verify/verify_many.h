// `judge verify DIR...`: several packages verified in one process (contest CI checks every
// problem of a contest). Every package is planned first, so bad input in any of them fails
// (ConfigError, exit 2) before anything runs. Then with one job the packages are verified one
// after the other on the calling thread, as verify_package() would; with more, up to `jobs` + 1
// packages are verified at once, one thread each (parallel::run_in_order_unpinned), and all their
// runners take their cores from one pool of core slots: while a package's last long run holds
// one core, the next package's work fills the others.
// Each package's report is the same as when it is verified alone, but for its times.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "judge/verify/verify.h"

namespace judge::verify {

// The listener of package `index` (nullptr: none). Called before that package starts, on the
// thread that verifies it; the listener is then called on that same thread.
using ListenerFor = std::function<VerifyListener*(std::size_t index)>;
// Package `index`'s report, on the calling thread, for index 0, 1, 2... in order, each as soon
// as it and every package before it are done.
using ReportSink = std::function<void(std::size_t index, VerifyReport report)>;

// `packages[i].jobs` is ignored: `jobs` (>= 1, capped at one per physical core) is used for all.
// An exception from one package (an internal failure) is rethrown when that package's turn to
// be delivered comes, once the running packages have finished (parallel/pool.h).
void verify_packages(const std::vector<VerifyOptions>& packages, int jobs,
                     const lang::Registry& registry, const SandboxFactory& make_sandbox,
                     const ListenerFor& listener_for, const ReportSink& sink);

}  // namespace judge::verify
