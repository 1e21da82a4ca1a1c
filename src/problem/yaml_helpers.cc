#include "problem/yaml_helpers.h"

#include <cctype>
#include <cmath>
#include <fstream>
#include <iterator>

#include "util/error.h"
#include "util/text.h"

namespace judge::problem {

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
  throw ConfigError(file_, field(key), message);
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

std::optional<YamlMap> YamlMap::map(const std::string& key) const {
  if (!has(key)) return std::nullopt;
  return YamlMap(raw(key), file_, field(key));
}

}  // namespace judge::problem
