// The tests of one submission judged on several cores at once (judge run -j N): each worker
// thread has its own sandbox pinned to its own physical core, its own staging directory and its
// own output checker (none of them is thread-safe), and the outcomes come back in test order, so
// the report is the one a -j 1 run writes.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

#include "judge/output_check.h"
#include "judge/staging.h"
#include "judge/verdict.h"
#include "problem/problem.h"
#include "sandbox/sandbox.h"

namespace judge::parallel {

// A worker's own output checker, made on its first test (a custom validator runs in the worker's
// sandbox and writes in its staging dir).
using CheckerFactory =
    std::function<std::unique_ptr<OutputChecker>(sandbox::Sandbox&, StagingDir&)>;
// Judges one test with a worker's tools. The checker is nullptr when the factory made none
// (interactive and multi-pass problems: their validator runs in the passes).
using TestRunner = std::function<TestOutcome(const problem::TestCase&, sandbox::Sandbox&,
                                             StagingDir&, OutputChecker*)>;
// Receives test i's outcome, in test order, on the calling thread; false: start no more tests
// (those running finish and are dropped).
using OutcomeSink = std::function<bool(std::size_t index, TestOutcome&& outcome)>;

// Runs `tests` with at most `jobs` at once (capped at the physical cores this process may use).
// sandbox_options: how each worker's sandbox is made (its cpu is set per worker). An exception
// of a test (an interrupt, a sandbox that cannot be made) is rethrown at that test's turn.
void judge_tests_in_parallel(const std::vector<const problem::TestCase*>& tests, unsigned jobs,
                             const sandbox::SandboxOptions& sandbox_options,
                             const CheckerFactory& make_checker, const TestRunner& run_one,
                             const OutcomeSink& deliver);

}  // namespace judge::parallel
