// Per-folder and per-test settings below data/: legacy testdata.yaml, 2025-09 test_group.yaml and
// 2025-09 NAME.yaml. Only what judging needs is read (arguments, scoring and grading); every
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
  std::optional<std::vector<std::string>> args;  // 2025-09 submission arguments
  // 2025-09 scoring.
  bool has_max_score = false;       // the key is present ("unbounded" included)
  std::optional<double> max_score;  // nullopt also for "unbounded"
  std::optional<ScoreAggregation> aggregation;
  std::vector<std::string> require_pass;
  // Legacy grading: each key present overrides what the parent folder passed down.
  std::optional<double> accept_score;
  std::optional<double> reject_score;
  std::optional<bool> on_reject_break;
  std::optional<std::pair<double, double>> range;
  std::optional<std::vector<std::string>> grader_flags;
};

// The settings file of one folder: testdata.yaml (legacy) or test_group.yaml (2025-09), or
// nullopt when the folder has none.
std::optional<GroupSettings> read_group_settings(const std::filesystem::path& folder,
                                                 PackageFormat format);

// Legacy grading of a folder: the parent's, with the keys the folder's testdata.yaml sets.
// ConfigError for an unknown grader flag, `grading: custom` (custom graders are not
// supported) or a malformed range.
LegacyGrading inherit_grading(const LegacyGrading& parent, const GroupSettings& settings);

struct TestCaseSettings {
  std::vector<std::string> validator_args;
  std::optional<std::vector<std::string>> args;
};

// output_validator_args and args of a 2025-09 test case's NAME.yaml.
TestCaseSettings read_test_case_settings(const std::filesystem::path& yaml_file);

}  // namespace judge::problem
