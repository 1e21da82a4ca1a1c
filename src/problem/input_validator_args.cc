#include "problem/input_validator_args.h"

#include <optional>
#include <system_error>

#include "util/yaml_map.h"

namespace judge::problem {

namespace fs = std::filesystem;

namespace {

// What one folder's settings file says for this validator; nullopt when it says nothing.
std::optional<std::vector<std::string>> folder_args(const fs::path& folder, PackageFormat format,
                                                    const std::string& validator) {
  const bool legacy = format != PackageFormat::k2025_09;
  const fs::path file = folder / (legacy ? "testdata.yaml" : "test_group.yaml");
  std::error_code error;
  if (!fs::is_regular_file(file, error)) return std::nullopt;
  const YAML::Node root = load_yaml_file(file);
  const YamlMap yaml(root, file.string());
  const std::string key = legacy ? "input_validator_flags" : "input_validator_args";
  if (!yaml.has(key)) return std::nullopt;
  if (!legacy && yaml.raw(key).IsMap()) {
    const std::optional<YamlMap> per_validator = yaml.map(key);
    return per_validator->string_list(validator);
  }
  return yaml.string_list(key);
}

}  // namespace

std::vector<std::string> input_validator_args(const fs::path& package, const std::string& group,
                                              PackageFormat format, const std::string& validator) {
  std::vector<std::string> args;
  fs::path folder = package / "data";
  if (auto found = folder_args(folder, format, validator)) args = std::move(*found);
  for (const fs::path& part : fs::path(group)) {
    if (part.empty()) continue;
    folder /= part;
    if (auto found = folder_args(folder, format, validator)) args = std::move(*found);
  }
  return args;
}

}  // namespace judge::problem
