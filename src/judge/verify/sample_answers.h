// The answers of the samples are shown to contestants as correct output, so each must pass the
// problem's output validator (the default one, a built-in testlib checker, or the package's own,
// run in the sandbox) as if a submission had printed it. Interactive and multi-pass problems are
// left out: their answer files are the validator's data, not a submission's output. A custom
// validator is compiled in `sandbox`; the checks go through `runner`, -j at once.
#pragma once

#include <vector>

#include "judge/compile_cache.h"
#include "judge/verify/core_runner.h"
#include "judge/verify/finding.h"
#include "lang/language.h"
#include "problem/problem.h"
#include "sandbox/sandbox.h"

namespace judge::verify {

std::vector<Finding> check_sample_answers(const problem::Problem& problem,
                                          const lang::Registry& registry, sandbox::Sandbox& sandbox,
                                          const CoreRunner& runner, const CompileCache& cache);

}  // namespace judge::verify
