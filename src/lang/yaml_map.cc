#include "lang/yaml_map.h"

#include <algorithm>

#include "util/error.h"

namespace judge::lang::detail {

YamlMap::YamlMap(const YAML::Node& node, std::string file, std::string prefix)
    : node_(node), file_(std::move(file)), prefix_(std::move(prefix)) {
  if (!node_.IsMap()) fail(prefix_, "expected a mapping of field: value");
}

void YamlMap::fail(const std::string& field_path, const std::string& message) const {
  throw ConfigError(file_, field_path, message);
}

std::string YamlMap::field(const std::string& key) const {
  return prefix_.empty() ? key : prefix_ + "." + key;
}

void YamlMap::reject_unknown_keys(std::initializer_list<std::string_view> known) const {
  for (const auto& entry : node_) {
    const std::string key = scalar(entry.first, prefix_);
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    std::string expected;
    for (std::string_view name : known) {
      if (!expected.empty()) expected += ", ";
      expected += name;
    }
    fail(field(key), "unknown field; expected one of: " + expected);
  }
}

YAML::Node YamlMap::get(const std::string& key) const {
  // Look up through a const node so yaml-cpp never inserts the key.
  const YAML::Node& map = node_;
  return map[key];
}

bool YamlMap::has(const std::string& key) const {
  const YAML::Node value = get(key);
  return value.IsDefined() && !value.IsNull();
}

std::string YamlMap::scalar(const YAML::Node& node, const std::string& field_path) const {
  if (node.IsScalar()) return node.Scalar();
  if (node.IsMap()) {
    // The usual cause: an unquoted placeholder. YAML reads `- {source}` as a one-key mapping.
    fail(field_path,
         "expected a string, found a mapping; quote placeholders like \"{source}\" because YAML "
         "reads a bare {source} as a mapping");
  }
  fail(field_path,
       node.IsSequence() ? "expected a string, found a list" : "expected a string, found nothing");
}

std::string YamlMap::required_string(const std::string& key) const {
  if (!has(key)) fail(field(key), "missing; this field is required");
  std::string value = scalar(get(key), field(key));
  if (value.empty()) fail(field(key), "must not be empty");
  return value;
}

std::string YamlMap::optional_string(const std::string& key) const {
  return has(key) ? scalar(get(key), field(key)) : std::string();
}

std::optional<std::vector<std::string>> YamlMap::optional_string_list(
    const std::string& key) const {
  if (!has(key)) return std::nullopt;
  const YAML::Node list = get(key);
  if (!list.IsSequence()) {
    fail(field(key), "expected a list such as [a, b] (one item per line with '- ')");
  }
  std::vector<std::string> items;
  for (std::size_t i = 0; i < list.size(); ++i) {
    items.push_back(scalar(list[i], field(key) + "[" + std::to_string(i) + "]"));
  }
  return items;
}

std::vector<std::string> YamlMap::required_string_list(const std::string& key) const {
  std::optional<std::vector<std::string>> items = optional_string_list(key);
  if (!items) fail(field(key), "missing; this field is required");
  if (items->empty()) fail(field(key), "must not be an empty list");
  return *items;
}

std::vector<std::string> YamlMap::env_map(const std::string& key) const {
  if (!has(key)) return {};
  const YAML::Node map = get(key);
  if (!map.IsMap())
    fail(field(key), "expected a mapping of VARIABLE: value, such as PATH: /usr/bin");
  std::vector<std::string> env;
  for (const auto& entry : map) {
    const std::string name = scalar(entry.first, field(key));
    const std::string name_field = field(key) + "." + name;
    if (name.empty() || name.find('=') != std::string::npos) {
      fail(name_field, "an environment variable name must be non-empty and contain no '='");
    }
    env.push_back(name + "=" + (entry.second.IsNull() ? "" : scalar(entry.second, name_field)));
  }
  return env;
}

std::optional<double> YamlMap::optional_number(const std::string& key) const {
  if (!has(key)) return std::nullopt;
  const std::string text = scalar(get(key), field(key));
  try {
    std::size_t used = 0;
    const double value = std::stod(text, &used);
    if (used == text.size()) return value;
  } catch (const std::logic_error&) {  // invalid_argument, out_of_range
  }
  fail(field(key), "expected a number such as 1.5, got '" + text + "'");
}

std::optional<std::int64_t> YamlMap::optional_integer(const std::string& key) const {
  if (!has(key)) return std::nullopt;
  const std::string text = scalar(get(key), field(key));
  try {
    std::size_t used = 0;
    const long long value = std::stoll(text, &used, 10);
    if (used == text.size()) return value;
  } catch (const std::logic_error&) {
  }
  fail(field(key), "expected a whole number such as 64, got '" + text + "'");
}

std::optional<YamlMap> YamlMap::optional_map(const std::string& key) const {
  if (!has(key)) return std::nullopt;
  return YamlMap(get(key), file_, field(key));
}

YamlMap load_yaml_map(const std::string& path) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::BadFile&) {
    throw ConfigError(path, "", "cannot read the file");
  } catch (const YAML::ParserException& e) {
    throw ConfigError(path, "",
                      "invalid YAML at line " + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
  return YamlMap(root, path, "");
}

}  // namespace judge::lang::detail
