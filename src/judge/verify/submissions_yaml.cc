// submissions.yaml (2025-09): expectations by glob over submission paths (expectation_sources.h).
#include <fnmatch.h>

#include <system_error>

#include "judge/verify/expectation_sources.h"
#include "util/error.h"
#include "util/yaml_map.h"

namespace judge::verify {

namespace fs = std::filesystem;

namespace {

constexpr const char* kVerdictCodes = "AC, WA, TLE, RTE";

bool is_group_key(const std::string& key) {
  return key == "sample" || key == "secret" || key.rfind("sample/", 0) == 0 ||
         key.rfind("secret/", 0) == 0;
}

struct Where {
  const std::string& file;
  std::string field;  // dotted: "accepted/*.py.permitted"
};

[[noreturn]] void fail(const Where& where, const std::string& message) {
  throw ConfigError(where.file, where.field, message);
}

std::string scalar(const YAML::Node& node, const Where& where, const std::string& expected) {
  if (!node.IsScalar()) fail(where, "expected " + expected);
  return node.Scalar();
}

VerdictSet verdict_list(const YAML::Node& node, const Where& where) {
  std::vector<YAML::Node> items;
  if (node.IsSequence()) {
    for (const YAML::Node& item : node) items.push_back(item);
  } else if (node.IsScalar()) {
    items.push_back(node);
  } else {
    fail(where, std::string("expected a list of verdicts among ") + kVerdictCodes);
  }
  VerdictSet set;
  for (const YAML::Node& item : items) {
    const std::string text = scalar(item, where, std::string("verdicts among ") + kVerdictCodes);
    const std::optional<VerdictSet> verdicts = format_verdict(text);
    if (!verdicts) {
      fail(where, "unknown verdict '" + text + "'; the format's verdicts are " + kVerdictCodes);
    }
    set.add(*verdicts);
  }
  return set;
}

bool boolean(const YAML::Node& node, const Where& where) {
  const std::string text = scalar(node, where, "true or false");
  if (text == "true") return true;
  if (text == "false") return false;
  fail(where, "expected true or false, got '" + text + "'");
}

double number(const YAML::Node& node, const Where& where) {
  const std::string text = scalar(node, where, "a number or [low, high]");
  try {
    std::size_t used = 0;
    const double value = std::stod(text, &used);
    if (used == text.size()) return value;
  } catch (const std::exception&) {
  }
  fail(where, "expected a number or [low, high], got '" + text + "'");
}

ScoreRange score_range(const YAML::Node& node, const Where& where) {
  if (node.IsSequence()) {
    if (node.size() != 2) fail(where, "expected a number or a list [low, high]");
    const ScoreRange range{number(node[0], where), number(node[1], where), false};
    if (range.low > range.high) fail(where, "low is above high; write [low, high]");
    return range;
  }
  const double value = number(node, where);
  return ScoreRange{value, value, false};
}

TimeLimitUse time_limit_use(const YAML::Node& node, const Where& where) {
  const std::string text = scalar(node, where, "true, false, lower or upper");
  if (text == "true") return TimeLimitUse::kDefault;
  if (text == "false") return TimeLimitUse::kNo;
  if (text == "lower") return TimeLimitUse::kLower;
  if (text == "upper") return TimeLimitUse::kUpper;
  fail(where, "expected true, false, lower or upper, got '" + text + "'");
}

VerdictRule group_rule(const YAML::Node& node, const Where& where) {
  if (!node.IsMap()) fail(where, "expected a map with permitted and/or required");
  VerdictRule rule;
  for (const auto& entry : node) {
    const std::string key = entry.first.as<std::string>();
    const Where inner{where.file, where.field + "." + key};
    if (key == "permitted") {
      rule.permitted = verdict_list(entry.second, inner);
    } else if (key == "required") {
      rule.required = verdict_list(entry.second, inner);
    } else {
      fail(inner, "judge implements only permitted and required for a test group; remove '" + key +
                      "' or move it to the submission's own rules");
    }
  }
  return rule;
}

SubmissionsRule read_rule(const std::string& glob, const YAML::Node& node,
                          const std::string& file) {
  SubmissionsRule rule;
  rule.glob = glob;
  if (glob.find("**") != std::string::npos) {
    fail({file, glob}, "`**` is not a glob of the format; use one `*` per folder level");
  }
  if (node.IsNull()) return rule;
  if (!node.IsMap()) fail({file, glob}, "expected a map of rules (permitted, required, ...)");
  for (const auto& entry : node) {
    const std::string key = entry.first.as<std::string>();
    const Where where{file, glob + "." + key};
    const YAML::Node& value = entry.second;
    if (key == "permitted") {
      rule.permitted = verdict_list(value, where);
    } else if (key == "required") {
      rule.required = verdict_list(value, where);
    } else if (key == "score") {
      rule.score = score_range(value, where);
    } else if (key == "message") {
      rule.message = scalar(value, where, "a text");
    } else if (key == "use_for_time_limit") {
      rule.time_limit_use = time_limit_use(value, where);
    } else if (key == "model_solution") {
      rule.model_solution = boolean(value, where);
    } else if (key == "language") {
      rule.language = scalar(value, where, "a language id");
    } else if (key == "entrypoint") {
      rule.entrypoint = scalar(value, where, "a file name");
    } else if (key == "authors") {
      // Who wrote it: credit only, nothing to check.
    } else if (is_group_key(key)) {
      rule.groups.push_back(GroupRule{key, group_rule(value, where)});
    } else {
      fail(where,
           "judge does not implement this key; the keys it reads are permitted, required, "
           "score, message, use_for_time_limit, model_solution, language, entrypoint, authors "
           "and test groups (sample, secret, secret/NAME)");
    }
  }
  return rule;
}

// {a,b} alternatives expanded into plain fnmatch patterns (nesting included).
std::vector<std::string> expand_braces(const std::string& glob) {
  const std::size_t open = glob.find('{');
  if (open == std::string::npos) return {glob};
  int depth = 0;
  std::vector<std::size_t> commas;
  std::size_t close = std::string::npos;
  for (std::size_t i = open; i < glob.size() && close == std::string::npos; ++i) {
    if (glob[i] == '{') ++depth;
    if (glob[i] == '}' && --depth == 0) close = i;
    if (glob[i] == ',' && depth == 1) commas.push_back(i);
  }
  if (close == std::string::npos) return {glob};  // an unmatched brace is a plain character
  std::vector<std::string> patterns;
  std::size_t from = open + 1;
  commas.push_back(close);
  for (std::size_t comma : commas) {
    const std::string expanded =
        glob.substr(0, open) + glob.substr(from, comma - from) + glob.substr(close + 1);
    for (std::string& pattern : expand_braces(expanded)) patterns.push_back(std::move(pattern));
    from = comma + 1;
  }
  return patterns;
}

}  // namespace

std::vector<SubmissionsRule> load_submissions_yaml(const fs::path& problem_dir) {
  fs::path file = problem_dir / "submissions" / "submissions.yaml";
  std::error_code error;
  if (!fs::is_regular_file(fs::symlink_status(file, error))) {
    file = problem_dir / "submissions.yaml";
    if (!fs::is_regular_file(fs::symlink_status(file, error))) return {};
  }
  const YAML::Node root = load_yaml_file(file);
  const std::string name = file.string();
  if (root.IsNull()) return {};
  if (!root.IsMap()) throw ConfigError(name, "", "expected a map from globs to rules");
  std::vector<SubmissionsRule> rules;
  for (const auto& entry : root) {
    rules.push_back(read_rule(entry.first.as<std::string>(), entry.second, name));
  }
  return rules;
}

bool submissions_glob_matches(const std::string& glob, const std::string& path) {
  for (const std::string& pattern : expand_braces(glob)) {
    if (::fnmatch(pattern.c_str(), path.c_str(), FNM_PATHNAME) == 0) return true;
  }
  return false;
}

int apply_submissions_rules(const std::vector<SubmissionsRule>& rules, const std::string& path,
                            Expectation& expectation) {
  int matched = 0;
  for (const SubmissionsRule& rule : rules) {
    if (!submissions_glob_matches(rule.glob, path)) continue;
    ++matched;
    expectation.origins.push_back("submissions.yaml '" + rule.glob + "'");
    if (rule.permitted || rule.required) {
      // The format's sets replace a DOMjudge tag's final-verdict rule.
      expectation.final_verdict.reset();
      expectation.no_output_permitted = false;
    }
    if (rule.permitted) expectation.rule.permitted = *rule.permitted;
    if (rule.required) expectation.rule.required = *rule.required;
    for (const GroupRule& group : rule.groups) expectation.groups.push_back(group);
    if (rule.score) expectation.score = *rule.score;
    if (rule.message) expectation.message = *rule.message;
    if (rule.time_limit_use) expectation.time_limit_use = *rule.time_limit_use;
    if (rule.model_solution) expectation.model_solution = *rule.model_solution;
    if (rule.language) expectation.language = *rule.language;
    if (rule.entrypoint) expectation.entrypoint = *rule.entrypoint;
  }
  return matched;
}

}  // namespace judge::verify
