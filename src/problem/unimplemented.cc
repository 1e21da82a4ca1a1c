// The problem.yaml key table and the refusal of what is read but not implemented.
#include "problem/unimplemented.h"

#include "util/error.h"
#include "util/text.h"
#include "util/yaml_map.h"

namespace judge::problem {

namespace {

constexpr PackageFormat k2025 = PackageFormat::k2025_09;
constexpr PackageFormat kLegacy = PackageFormat::kLegacy;
constexpr KeyHandling kHonoured = KeyHandling::kHonoured;
constexpr KeyHandling kMetadata = KeyHandling::kMetadata;
constexpr KeyHandling kRefused = KeyHandling::kRefused;

// The node at a dotted path below node, or an undefined node. (Recursion, not a loop: assigning
// to a YAML::Node would overwrite the node it refers to instead of rebinding it.)
YAML::Node at_path(const YAML::Node& node, std::string_view path) {
  if (!node.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
  const std::size_t dot = path.find('.');
  const YAML::Node child = node[std::string(path.substr(0, dot))];
  if (dot == std::string_view::npos || !child.IsDefined()) return child;
  return at_path(child, path.substr(dot + 1));
}

bool value_matches(const YAML::Node& node, std::string_view value) {
  if (value.empty()) return !node.IsNull();
  if (node.IsScalar()) {
    for (const std::string& word : split_whitespace(node.Scalar())) {
      if (word == value) return true;
    }
    return false;
  }
  if (node.IsSequence()) {
    for (const YAML::Node& item : node) {
      if (item.IsScalar() && item.Scalar() == value) return true;
    }
  }
  return false;
}

}  // namespace

const std::vector<KeyRule>& problem_yaml_key_rules() {
  static const std::vector<KeyRule> rules = {
      // 2025-09: spec/2025-09.md, "Problem metadata" and "Limits".
      {k2025, "problem_format_version", "", kHonoured, "selects the 2025-09 or legacy rules"},
      {k2025, "type", "", kHonoured, "pass-fail or scoring"},
      {k2025, "type", "interactive", kHonoured, "the validator talks to the submission"},
      {k2025, "type", "multi-pass", kHonoured, "the validator's nextpass.in starts another pass"},
      {k2025, "type", "submit-answer", kHonoured,
       "the submission is a folder of answers, checked without running anything"},
      {k2025, "name", "", kHonoured, "shown in reports"},
      {k2025, "uuid", "", kMetadata, "identifies the problem in archives"},
      {k2025, "version", "", kMetadata, "tracks revisions of the package"},
      {k2025, "credits", "", kMetadata, "authors and helpers"},
      {k2025, "source", "", kMetadata, "where the problem was first used"},
      {k2025, "license", "", kMetadata, "terms of use"},
      {k2025, "rights_owner", "", kMetadata, "terms of use"},
      {k2025, "embargo_until", "", kMetadata, "publication date"},
      {k2025, "keywords", "", kMetadata, "search terms"},
      {k2025, "languages", "", kHonoured, "a solution in another language is refused"},
      {k2025, "allow_file_writing", "", kHonoured,
       "every run gets a private writable work dir (a tmpfs, gone after the run) with the "
       "submission's files bound read-only, so true and false judge alike"},
      {k2025, "constants", "", kRefused,
       "constants ({{name}} in validators, included code and submissions) are not substituted "
       "yet"},
      {k2025, "limits.time_multipliers.ac_to_time_limit", "", kHonoured,
       "derives a missing time limit from accepted submissions"},
      {k2025, "limits.time_multipliers.time_limit_to_tle", "", kHonoured, "shown in reports"},
      {k2025, "limits.time_limit", "", kHonoured, "the CPU time limit per test"},
      {k2025, "limits.time_resolution", "", kHonoured,
       "rounds a time limit derived from accepted submissions"},
      {k2025, "limits.memory", "", kHonoured, "the memory limit"},
      {k2025, "limits.output", "", kHonoured, "the output limit"},
      {k2025, "limits.code", "", kHonoured, "a larger submission is refused"},
      {k2025, "limits.compilation_time", "", kHonoured, "the compile step's time limit"},
      {k2025, "limits.compilation_memory", "", kHonoured, "the compile step's memory limit"},
      {k2025, "limits.validation_time", "", kHonoured, "the output validator's time limit"},
      {k2025, "limits.validation_memory", "", kHonoured, "the output validator's memory limit"},
      {k2025, "limits.validation_output", "", kHonoured, "the output validator's output limit"},
      {k2025, "limits.validation_passes", "", kHonoured, "the most passes of a multi-pass test"},

      // legacy: spec/legacy.md, "Problem metadata".
      {kLegacy, "problem_format_version", "", kHonoured, "selects the legacy rules"},
      {kLegacy, "type", "", kHonoured, "pass-fail or scoring"},
      {kLegacy, "name", "", kHonoured, "shown in reports"},
      {kLegacy, "uuid", "", kMetadata, "identifies the problem in archives"},
      {kLegacy, "author", "", kMetadata, "who wrote the problem"},
      {kLegacy, "source", "", kMetadata, "where the problem was first used"},
      {kLegacy, "source_url", "", kMetadata, "where the problem was first used"},
      {kLegacy, "license", "", kMetadata, "terms of use"},
      {kLegacy, "rights_owner", "", kMetadata, "terms of use"},
      {kLegacy, "keywords", "", kMetadata, "search terms"},
      {kLegacy, "validation", "", kHonoured, "default or custom output validation"},
      {kLegacy, "validation", "interactive", kHonoured, "the validator talks to the submission"},
      {kLegacy, "validation", "score", kRefused,
       "scores from the output validator (score.txt) are not read yet"},
      {kLegacy, "validator_flags", "", kHonoured, "arguments of the output validator"},
      {kLegacy, "grading.show_test_data_groups", "", kMetadata, "what a judge's UI shows"},
      {kLegacy, "grading.objective", "", kHonoured, "max: a higher score is better"},
      {kLegacy, "grading.objective", "min", kRefused, "minimised scores are not supported yet"},
      {kLegacy, "limits.time_multiplier", "", kHonoured,
       "derives a missing time limit from accepted submissions"},
      {kLegacy, "limits.time_safety_margin", "", kHonoured, "shown in reports"},
      {kLegacy, "limits.memory", "", kHonoured, "the memory limit"},
      {kLegacy, "limits.output", "", kHonoured, "the output limit"},
      {kLegacy, "limits.code", "", kHonoured, "a larger submission is refused"},
      {kLegacy, "limits.compilation_time", "", kHonoured, "the compile step's time limit"},
      {kLegacy, "limits.compilation_memory", "", kHonoured, "the compile step's memory limit"},
      {kLegacy, "limits.validation_time", "", kHonoured, "the output validator's time limit"},
      {kLegacy, "limits.validation_memory", "", kHonoured, "the output validator's memory limit"},
      {kLegacy, "limits.validation_output", "", kHonoured, "the output validator's output limit"},
  };
  return rules;
}

std::vector<Unimplemented> find_unimplemented(const YAML::Node& root, PackageFormat format) {
  std::vector<Unimplemented> found;
  for (const KeyRule& rule : problem_yaml_key_rules()) {
    if (rule.format != format || rule.handling != KeyHandling::kRefused) continue;
    const YAML::Node node = at_path(root, rule.key);
    if (!node.IsDefined() || !value_matches(node, rule.value)) continue;
    found.push_back({std::string(rule.key), std::string(rule.value), std::string(rule.why)});
  }
  return found;
}

void refuse_unimplemented(const Problem& problem) {
  if (problem.unimplemented.empty()) return;
  const Unimplemented& first = problem.unimplemented.front();
  const std::string value = first.value.empty() ? "" : first.value + ": ";
  throw ConfigError((problem.dir / "problem.yaml").string(), first.key,
                    value + first.why + "; judge stops rather than judge it otherwise");
}

}  // namespace judge::problem
