// A package's input validators, run on its test data: `input_validators/` (2025-09) or
// `input_validator/` (legacy), each entry a program (a source file, or a folder of one
// language's sources) compiled with the language registry like a solution and run in the sandbox
// like an output validator:
//     validator [input_validator_args of the test's group] < test.in
// Exit 42 means valid, anything else invalid. Every .in of the test data must be valid for every
// validator; every case under data/invalid_input/ (or invalid_inputs/) must be rejected by at
// least one. A validator that does not compile or cannot run is an error of the package.
// The validators are compiled in `sandbox`; their runs go through `runner`, -j at once.
#pragma once

#include <vector>

#include "judge/compile_cache.h"
#include "judge/verify/core_runner.h"
#include "judge/verify/finding.h"
#include "lang/language.h"
#include "problem/problem.h"
#include "sandbox/sandbox.h"

namespace judge::verify {

std::vector<Finding> check_input_validators(const problem::Problem& problem,
                                            const lang::Registry& registry,
                                            sandbox::Sandbox& sandbox, const CoreRunner& runner,
                                            const CompileCache& cache);

}  // namespace judge::verify
