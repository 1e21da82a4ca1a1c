// Finds the package's custom output validator, if it has one, and checks that the problem type
// and the validator agree (interactive problems and legacy `validation: custom` need one).
#pragma once

#include <filesystem>

#include "problem/problem.h"
#include "problem/problem_yaml.h"

namespace judge::problem {

ValidatorSpec find_output_validator(const std::filesystem::path& dir, const ProblemConfig& config);

}  // namespace judge::problem
