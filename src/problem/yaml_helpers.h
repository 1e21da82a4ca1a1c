// Typed reading of the problem package's YAML files (problem.yaml, test_group.yaml,
// testdata.yaml, NAME.yaml). Every getter knows the file and the dotted field it reads, so a wrong
// type becomes a ConfigError the user can act on ("limits.time_limit: expected a number ...")
// instead of a yaml-cpp exception without context.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace judge::problem {

// Parses a whole YAML file. A syntax error is a ConfigError naming the file and the line; an
// empty file is an empty (null) node.
YAML::Node load_yaml_file(const std::filesystem::path& file);

// A YAML mapping (or an absent/null node, which reads as empty) plus where it came from.
class YamlMap {
 public:
  // Throws ConfigError when node is neither a map nor null. prefix is the dotted path of this
  // map inside the file ("" for the top level, "limits" for the limits map).
  YamlMap(YAML::Node node, std::string file, std::string prefix = "");

  bool has(const std::string& key) const;
  YAML::Node raw(const std::string& key) const;

  // Each getter returns nullopt when the key is absent or null, and throws ConfigError when it is
  // present with the wrong type. `expected` completes "expected ..." in the message.
  std::optional<double> number(const std::string& key, const std::string& expected) const;
  std::optional<std::int64_t> integer(const std::string& key, const std::string& expected) const;
  std::optional<std::string> string(const std::string& key) const;
  // A sequence of scalars, or one string split on whitespace (the legacy "flags" spelling).
  std::optional<std::vector<std::string>> string_list(const std::string& key) const;
  std::optional<YamlMap> map(const std::string& key) const;

  const std::string& file() const { return file_; }
  std::string field(const std::string& key) const;
  [[noreturn]] void fail(const std::string& key, const std::string& message) const;

 private:
  YAML::Node node_;
  std::string file_;
  std::string prefix_;
};

}  // namespace judge::problem
