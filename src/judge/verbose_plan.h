// `judge run --verbose`: how the compile and the first test are run, as the sandbox is asked to
// run them (sandbox/run_plan.h), so that a surprising limit or a missing path can be seen.
#pragma once

#include <string>
#include <vector>

#include "judge/compile.h"
#include "judge/run_test.h"
#include "judge/staging.h"
#include "problem/problem.h"

namespace judge {

// Titled blocks of plan lines: "compile:" then the compiler's run (when one ran), "test NAME:"
// then the solution's run on first_test (when there is one). The run specs come from the same
// functions that make the real runs.
std::vector<std::string> verbose_run_plan(const PreparedProgram& program,
                                          const SolutionRunSetup& setup,
                                          const problem::TestCase* first_test, StagingDir& staging);

}  // namespace judge
