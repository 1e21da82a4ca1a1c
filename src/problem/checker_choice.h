// problem.yaml `checker:` (a key of judge's own; other tools ignore it):
//   checker: wcmp      one of testlib's standard checkers, built into the judge
//   checker: testlib   the output validator (output_validator/ or output_validators/X) is a
//                      testlib checker: `checker input output answer`, exit 0 OK, 1 WA, 2 PE,
//                      3 FAIL, 7 points; compiled with the files beside it (its testlib.h)
//   checker: kattis    the format's own protocol (the default)
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "problem/problem.h"

namespace judge::problem {

// Applies the choice to spec; ConfigError naming problem.yaml's `checker` for an unknown name
// or `testlib` without an output validator.
void apply_checker_choice(ValidatorSpec& spec, const std::optional<std::string>& checker,
                          const std::filesystem::path& problem_yaml);

// testlib's standard checker names ("std::wcmp.cpp" in a Polygon package names wcmp).
bool is_standard_checker_name(const std::string& name);

}  // namespace judge::problem
