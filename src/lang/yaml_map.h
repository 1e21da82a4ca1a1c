// Typed reads of one YAML mapping, where every mistake becomes a ConfigError naming the file and
// the dotted field ("limits.memory_extra", "run[2]"). yaml-cpp's own exceptions say neither.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace judge::lang::detail {

class YamlMap {
 public:
  // `node` must be a mapping; `prefix` is the field path of the mapping itself ("" at top level).
  YamlMap(const YAML::Node& node, std::string file, std::string prefix);

  // A key outside `known` is an error: a typo such as "compile_evn" must not be silently ignored.
  void reject_unknown_keys(std::initializer_list<std::string_view> known) const;

  // A key that is absent or explicitly null ("compile: ~") counts as missing.
  bool has(const std::string& key) const;

  std::string required_string(const std::string& key) const;
  std::string optional_string(const std::string& key) const;  // "" when missing
  // A list of strings; `missing` says nothing was given (for "extensions or shebang" rules).
  std::optional<std::vector<std::string>> optional_string_list(const std::string& key) const;
  std::vector<std::string> required_string_list(const std::string& key) const;
  // A mapping of VARIABLE: value, returned as "VARIABLE=value" in file order.
  std::vector<std::string> env_map(const std::string& key) const;
  std::optional<double> optional_number(const std::string& key) const;
  std::optional<std::int64_t> optional_integer(const std::string& key) const;
  std::optional<YamlMap> optional_map(const std::string& key) const;

  std::string field(const std::string& key) const;  // "limits.processes"
  const std::string& file() const { return file_; }
  [[noreturn]] void fail(const std::string& field_path, const std::string& message) const;

 private:
  YAML::Node get(const std::string& key) const;
  std::string scalar(const YAML::Node& node, const std::string& field_path) const;

  YAML::Node node_;
  std::string file_;
  std::string prefix_;
};

// Parses `path` and returns its top-level mapping; invalid YAML is a ConfigError with the line.
YamlMap load_yaml_map(const std::string& path);

}  // namespace judge::lang::detail
