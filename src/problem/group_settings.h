// Per-folder and per-test settings below data/: legacy testdata.yaml, 2025-09 test_group.yaml and
// 2025-09 NAME.yaml. Only what judging needs is read (validator arguments and scores); every
// other key is left to the tools that use it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "problem/problem.h"

namespace judge::problem {

struct GroupSettings {
  std::filesystem::path file;  // the testdata.yaml / test_group.yaml read
  std::optional<std::vector<std::string>> validator_args;
  std::optional<double> max_score;     // 2025-09 max_score (nullopt also for "unbounded")
  std::optional<double> accept_score;  // legacy accept_score: points per accepted test case
};

// The settings file of one folder: testdata.yaml (legacy) or test_group.yaml (2025-09), or
// nullopt when the folder has none.
std::optional<GroupSettings> read_group_settings(const std::filesystem::path& folder,
                                                 PackageFormat format);

// output_validator_args of a 2025-09 test case's NAME.yaml (empty when the key is absent).
std::vector<std::string> read_test_case_validator_args(const std::filesystem::path& yaml_file);

}  // namespace judge::problem
