// The arguments of a package's input validators for the test cases of one folder below data/:
// 2025-09 `input_validator_args` in test_group.yaml (a list for every validator, or a map from a
// validator's name to its list), legacy `input_validator_flags` in testdata.yaml (a string split
// on whitespace). The nearest folder that sets the key wins, as with the other group settings.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "problem/problem.h"

namespace judge::problem {

// group: the folder below data/ ("secret/group1", "invalid_input"; "" for data/ itself).
// validator: the validator's name (its file or folder name without extension) for the map form.
// ConfigError naming the file and the key when the value has the wrong type.
std::vector<std::string> input_validator_args(const std::filesystem::path& package,
                                              const std::string& group, PackageFormat format,
                                              const std::string& validator);

}  // namespace judge::problem
