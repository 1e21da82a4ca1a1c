// `judge verify`'s data step: every check of the test data and its validators, in one call.
//   check_test_data         problemtools' checks of the files (data_checks.h)
//   check_input_validators  input validators on every .in, invalid inputs rejected
//                           (input_validators.h)
//   check_sample_answers    the samples' answers pass the output validator (sample_answers.h)
// Validators are compiled in `sandbox` (on the calling thread); their runs go through `runner`,
// -j at once. Findings come in the same order whatever -j.
#pragma once

#include <vector>

#include "judge/compile_cache.h"
#include "judge/verify/core_runner.h"
#include "judge/verify/finding.h"
#include "lang/language.h"
#include "problem/problem.h"
#include "sandbox/sandbox.h"

namespace judge::verify {

std::vector<Finding> run_data_checks(const problem::Problem& problem,
                                     const lang::Registry& registry, sandbox::Sandbox& sandbox,
                                     const CoreRunner& runner, const CompileCache& cache);

}  // namespace judge::verify
