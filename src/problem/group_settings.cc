#include "problem/group_settings.h"

#include "problem/folder_listing.h"
#include "problem/yaml_helpers.h"

namespace judge::problem {

namespace fs = std::filesystem;

namespace {

// Legacy output_validator_flags: a string of flags, or a map {name: validator, flags: "..."}.
std::optional<std::vector<std::string>> read_legacy_flags(const YamlMap& yaml) {
  const std::string key = "output_validator_flags";
  if (!yaml.has(key)) return std::nullopt;
  if (yaml.raw(key).IsMap())
    return yaml.map(key)->string_list("flags").value_or(std::vector<std::string>{});
  return yaml.string_list(key);
}

std::optional<double> read_max_score(const YamlMap& yaml) {
  const std::string key = "max_score";
  if (yaml.has(key) && yaml.raw(key).IsScalar() && yaml.raw(key).Scalar() == "unbounded") {
    return std::nullopt;
  }
  const auto score = yaml.number(key, "a non-negative number of points or unbounded");
  if (score && *score < 0) yaml.fail(key, "must not be negative");
  return score;
}

}  // namespace

std::optional<GroupSettings> read_group_settings(const fs::path& folder, PackageFormat format) {
  const bool legacy = format == PackageFormat::kLegacy;
  const fs::path file = folder / (legacy ? "testdata.yaml" : "test_group.yaml");
  if (!is_regular_file_following_links(file)) return std::nullopt;

  const YamlMap yaml(load_yaml_file(file), file.string());
  GroupSettings settings;
  settings.file = file;
  if (legacy) {
    settings.validator_args = read_legacy_flags(yaml);
    settings.accept_score = yaml.number("accept_score", "a number of points such as 1 or 2.5");
  } else {
    settings.validator_args = yaml.string_list("output_validator_args");
    settings.max_score = read_max_score(yaml);
  }
  return settings;
}

std::vector<std::string> read_test_case_validator_args(const fs::path& yaml_file) {
  const YamlMap yaml(load_yaml_file(yaml_file), yaml_file.string());
  return yaml.string_list("output_validator_args").value_or(std::vector<std::string>{});
}

}  // namespace judge::problem
