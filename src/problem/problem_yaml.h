// problem.yaml: which spelling of the format the package uses, its name, type, limits and the
// problem-level output validator arguments.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "problem/problem.h"

namespace judge::problem {

struct ProblemConfig {
  PackageFormat format = PackageFormat::kLegacy;
  std::optional<std::string> name;
  ProblemType type = ProblemType::kPassFail;
  bool interactive = false;
  bool multi_pass = false;
  bool submit_answer = false;
  bool legacy_custom_validation = false;  // legacy `validation: custom ...`
  bool testlib_validator = false;         // output_validator_protocol: testlib
  ProblemLimits limits;
  std::vector<std::string> validator_args;  // legacy validator_flags / output_validator_args
  // judge's own key: a built-in testlib checker (wcmp, ...), testlib (the output validator is a
  // testlib checker) or kattis (the default).
  std::optional<std::string> checker;
  std::vector<std::string> languages;  // empty = all
  std::vector<Unimplemented> unimplemented;
};

// The configuration of a package that has data/ but no problem.yaml: legacy, all defaults.
ProblemConfig default_problem_config();

// Reads and checks problem_yaml (which must exist). Throws ConfigError naming the file and the
// field for syntax errors, wrong types and out-of-range values; unknown keys are ignored.
ProblemConfig read_problem_yaml(const std::filesystem::path& problem_yaml);

}  // namespace judge::problem
