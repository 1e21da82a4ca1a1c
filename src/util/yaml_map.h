// Typed reads of one YAML mapping, shared by every YAML file the judge reads (problem.yaml,
// test_group.yaml, testdata.yaml, NAME.yaml, languages/*.yaml). Every mistake becomes a
// ConfigError naming the file and the dotted field ("limits.time_limit", "run[2]"); yaml-cpp's own
// exceptions say neither.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace judge {

// Parses a whole YAML file. A syntax error is a ConfigError naming the file, the line and the
// column; an empty file is an empty (null) node.
YAML::Node load_yaml_file(const std::filesystem::path& file);

// A YAML mapping (or an absent/null node, which reads as empty) plus where it came from.
class YamlMap {
 public:
  // Throws ConfigError when node is neither a map nor null. prefix is the dotted path of this
  // map inside the file ("" for the top level, "limits" for the limits map).
  YamlMap(YAML::Node node, std::string file, std::string prefix = "");

  // A key that is absent or explicitly null ("compile: ~") counts as missing.
  bool has(const std::string& key) const;
  YAML::Node raw(const std::string& key) const;  // never inserts the key
  std::optional<YamlMap> map(const std::string& key) const;

  // A key outside `known` is an error: a typo such as "compile_evn" must not be silently ignored.
  void reject_unknown_keys(std::initializer_list<std::string_view> known) const;

  // Values as YAML types them, for the problem package's files. Each getter returns nullopt when
  // the key is missing and throws ConfigError when it has the wrong type; `expected` completes
  // "expected ..." in the message.
  std::optional<double> number(const std::string& key, const std::string& expected) const;
  std::optional<std::int64_t> integer(const std::string& key, const std::string& expected) const;
  std::optional<std::string> string(const std::string& key) const;
  // A sequence of scalars, or one string split on whitespace (the legacy "flags" spelling).
  std::optional<std::vector<std::string>> string_list(const std::string& key) const;

  // Values as text, for the language files: command templates, where the usual mistake is an
  // unquoted {placeholder} that YAML reads as a mapping, so every item must be a string scalar
  // and the message says how to quote it.
  std::string required_string(const std::string& key) const;
  std::string optional_string(const std::string& key) const;  // "" when missing
  // A list of strings (never one string); nullopt says nothing was given.
  std::optional<std::vector<std::string>> optional_string_list(const std::string& key) const;
  std::vector<std::string> required_string_list(const std::string& key) const;
  // A mapping of VARIABLE: value, returned as "VARIABLE=value" in file order.
  std::vector<std::string> env_map(const std::string& key) const;
  std::optional<double> optional_number(const std::string& key) const;
  std::optional<std::int64_t> optional_integer(const std::string& key) const;

  const std::string& file() const { return file_; }
  std::string field(const std::string& key) const;  // "limits.processes"
  // A ConfigError for `key` of this map ("limits" + "memory" -> "limits.memory").
  [[noreturn]] void fail(const std::string& key, const std::string& message) const;

 private:
  // A ConfigError for a field path already complete ("run[2]", "run_env.PATH").
  [[noreturn]] void fail_at(const std::string& field_path, const std::string& message) const;
  std::string text(const YAML::Node& node, const std::string& field_path) const;

  YAML::Node node_;
  std::string file_;
  std::string prefix_;
};

}  // namespace judge
