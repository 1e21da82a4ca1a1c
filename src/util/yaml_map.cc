#include "util/yaml_map.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>

#include "util/error.h"
#include "util/text.h"

namespace judge {

YAML::Node load_yaml_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ConfigError(file.string(), "", "cannot be opened for reading");
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) throw ConfigError(file.string(), "", "cannot be read");
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    // yaml-cpp counts lines from 0; editors count from 1.
    throw ConfigError(file.string(), "",
                      "invalid YAML at line " + std::to_string(e.mark.line + 1) + ", column " +
                          std::to_string(e.mark.column + 1) + ": " + e.msg);
  }
}

YamlMap::YamlMap(YAML::Node node, std::string file, std::string prefix)
    : node_(std::move(node)), file_(std::move(file)), prefix_(std::move(prefix)) {
  if (node_.IsDefined() && !node_.IsNull() && !node_.IsMap()) {
    throw ConfigError(file_, prefix_,
                      prefix_.empty() ? "expected a YAML mapping of keys to values"
                                      : "expected a mapping of keys to values");
  }
}

std::string YamlMap::field(const std::string& key) const {
  return prefix_.empty() ? key : prefix_ + "." + key;
}

void YamlMap::fail(const std::string& key, const std::string& message) const {
  fail_at(field(key), message);
}

void YamlMap::fail_at(const std::string& field_path, const std::string& message) const {
  throw ConfigError(file_, field_path, message);
}

YAML::Node YamlMap::raw(const std::string& key) const {
  if (!node_.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
  const YAML::Node& as_const = node_;
  return as_const[key];  // the const operator[] never inserts the key
}

bool YamlMap::has(const std::string& key) const {
  const YAML::Node value = raw(key);
  return value.IsDefined() && !value.IsNull();
}

std::optional<YamlMap> YamlMap::map(const std::string& key) const {
  if (!has(key)) return std::nullopt;
  return YamlMap(raw(key), file_, field(key));
}

void YamlMap::reject_unknown_keys(std::initializer_list<std::string_view> known) const {
  if (!node_.IsMap()) return;
  for (const auto& entry : node_) {
    const std::string key = text(entry.first, prefix_);
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    std::string expected;
    for (std::string_view name : known) {
      if (!expected.empty()) expected += ", ";
      expected += name;
    }
    fail(key, "unknown field; expected one of: " + expected);
  }
}

// --- Values as YAML types them ---

std::optional<double> YamlMap::number(const std::string& key, const std::string& expected) const {
  if (!has(key)) return std::nullopt;
  const YAML::Node value = raw(key);
  double result = 0;
  if (!value.IsScalar() || !YAML::convert<double>::decode(value, result) ||
      !std::isfinite(result)) {
    fail(key, "expected " + expected);
  }
  return result;
}

std::optional<std::int64_t> YamlMap::integer(const std::string& key,
                                             const std::string& expected) const {
  if (!has(key)) return std::nullopt;
  const YAML::Node value = raw(key);
  long long result = 0;
  if (!value.IsScalar() || !YAML::convert<long long>::decode(value, result)) {
    fail(key, "expected " + expected);
  }
  return static_cast<std::int64_t>(result);
}

std::optional<std::string> YamlMap::string(const std::string& key) const {
  if (!has(key)) return std::nullopt;
  const YAML::Node value = raw(key);
  if (!value.IsScalar()) fail(key, "expected a string");
  return value.Scalar();
}

std::optional<std::vector<std::string>> YamlMap::string_list(const std::string& key) const {
  if (!has(key)) return std::nullopt;
  const YAML::Node value = raw(key);
  if (value.IsScalar()) return split_whitespace(value.Scalar());
  if (!value.IsSequence()) {
    fail(key, "expected a list of strings such as [case_sensitive] or a string of flags");
  }
  std::vector<std::string> items;
  for (const YAML::Node& item : value) {
    if (!item.IsScalar()) {
      fail(key, "expected a list of strings; item " + std::to_string(items.size() + 1) +
                    " is not a string");
    }
    items.push_back(item.Scalar());
  }
  return items;
}

// --- Values as text ---

std::string YamlMap::text(const YAML::Node& node, const std::string& field_path) const {
  if (node.IsScalar()) return node.Scalar();
  if (node.IsMap()) {
    // The usual cause: an unquoted placeholder. YAML reads `- {source}` as a one-key mapping.
    fail_at(field_path,
            "expected a string, found a mapping; quote placeholders like \"{source}\" because "
            "YAML reads a bare {source} as a mapping");
  }
  fail_at(field_path, node.IsSequence() ? "expected a string, found a list"
                                        : "expected a string, found nothing");
}

std::string YamlMap::required_string(const std::string& key) const {
  if (!has(key)) fail(key, "missing; this field is required");
  std::string value = text(raw(key), field(key));
  if (value.empty()) fail(key, "must not be empty");
  return value;
}

std::string YamlMap::optional_string(const std::string& key) const {
  return has(key) ? text(raw(key), field(key)) : std::string();
}

std::optional<std::vector<std::string>> YamlMap::optional_string_list(
    const std::string& key) const {
  if (!has(key)) return std::nullopt;
  const YAML::Node list = raw(key);
  if (!list.IsSequence()) {
    fail(key, "expected a list such as [a, b] (one item per line with '- ')");
  }
  std::vector<std::string> items;
  for (std::size_t i = 0; i < list.size(); ++i) {
    items.push_back(text(list[i], field(key) + "[" + std::to_string(i) + "]"));
  }
  return items;
}

std::vector<std::string> YamlMap::required_string_list(const std::string& key) const {
  std::optional<std::vector<std::string>> items = optional_string_list(key);
  if (!items) fail(key, "missing; this field is required");
  if (items->empty()) fail(key, "must not be an empty list");
  return *items;
}

std::vector<std::string> YamlMap::env_map(const std::string& key) const {
  if (!has(key)) return {};
  const YAML::Node map = raw(key);
  if (!map.IsMap()) fail(key, "expected a mapping of VARIABLE: value, such as PATH: /usr/bin");
  std::vector<std::string> env;
  for (const auto& entry : map) {
    const std::string name = text(entry.first, field(key));
    const std::string name_field = field(key) + "." + name;
    if (name.empty() || name.find('=') != std::string::npos) {
      fail_at(name_field, "an environment variable name must be non-empty and contain no '='");
    }
    env.push_back(name + "=" + (entry.second.IsNull() ? "" : text(entry.second, name_field)));
  }
  return env;
}

std::optional<double> YamlMap::optional_number(const std::string& key) const {
  if (!has(key)) return std::nullopt;
  const std::string value = text(raw(key), field(key));
  try {
    std::size_t used = 0;
    const double result = std::stod(value, &used);
    if (used == value.size()) return result;
  } catch (const std::logic_error&) {  // invalid_argument, out_of_range
  }
  fail(key, "expected a number such as 1.5, got '" + value + "'");
}

std::optional<std::int64_t> YamlMap::optional_integer(const std::string& key) const {
  if (!has(key)) return std::nullopt;
  const std::string value = text(raw(key), field(key));
  try {
    std::size_t used = 0;
    const long long result = std::stoll(value, &used, 10);
    if (used == value.size()) return result;
  } catch (const std::logic_error&) {
  }
  fail(key, "expected a whole number such as 64, got '" + value + "'");
}

}  // namespace judge
