#include "problem/group_settings.h"

#include <cmath>
#include <limits>

#include "problem/folder_listing.h"
#include "util/error.h"
#include "util/text.h"
#include "util/yaml_map.h"

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

void read_max_score(const YamlMap& yaml, GroupSettings& settings) {
  const std::string key = "max_score";
  if (!yaml.has(key)) return;
  settings.has_max_score = true;
  if (yaml.raw(key).IsScalar() && yaml.raw(key).Scalar() == "unbounded") return;
  const auto score = yaml.number(key, "a non-negative number of points or unbounded");
  if (score && *score < 0) yaml.fail(key, "must not be negative");
  settings.max_score = score;
}

std::optional<ScoreAggregation> read_aggregation(const YamlMap& yaml) {
  const auto word = yaml.string("score_aggregation");
  if (!word) return std::nullopt;
  if (*word == "pass-fail") return ScoreAggregation::kPassFail;
  if (*word == "sum") return ScoreAggregation::kSum;
  if (*word == "min") return ScoreAggregation::kMin;
  yaml.fail("score_aggregation", "expected pass-fail, sum or min (got \"" + *word + "\")");
}

void read_2025_scoring(const YamlMap& yaml, GroupSettings& settings) {
  read_max_score(yaml, settings);
  settings.aggregation = read_aggregation(yaml);
  settings.require_pass = yaml.string_list("require_pass").value_or(std::vector<std::string>{});
  if (yaml.has("static_validation_score")) {
    yaml.fail("static_validation_score",
              "static validation is not supported by judge (no static validator is run); "
              "remove the key to judge the test cases alone");
  }
}

std::optional<std::pair<double, double>> read_range(const YamlMap& yaml) {
  const auto text = yaml.string("range");
  if (!text) return std::nullopt;
  const std::vector<std::string> words = split_whitespace(*text);
  const auto parse = [&](const std::string& word) -> double {
    if (word == "-inf") return -std::numeric_limits<double>::infinity();
    if (word == "+inf" || word == "inf") return std::numeric_limits<double>::infinity();
    try {
      std::size_t used = 0;
      const double value = std::stod(word, &used);
      if (used == word.size()) return value;
    } catch (const std::exception&) {
    }
    yaml.fail("range", "expected two numbers \"MIN MAX\" such as \"0 100\" or \"-inf +inf\"");
  };
  if (words.size() != 2) {
    yaml.fail("range", "expected two numbers \"MIN MAX\" such as \"0 100\" or \"-inf +inf\"");
  }
  const double low = parse(words[0]);
  const double high = parse(words[1]);
  if (low > high) yaml.fail("range", "the minimum is above the maximum");
  return std::make_pair(low, high);
}

void read_legacy_grading(const YamlMap& yaml, GroupSettings& settings) {
  settings.accept_score = yaml.number("accept_score", "a number of points such as 1 or 2.5");
  settings.reject_score = yaml.number("reject_score", "a number of points such as 0");
  if (const auto on_reject = yaml.string("on_reject")) {
    if (*on_reject != "break" && *on_reject != "continue") {
      yaml.fail("on_reject", "expected break or continue (got \"" + *on_reject + "\")");
    }
    settings.on_reject_break = *on_reject == "break";
  }
  settings.range = read_range(yaml);
  if (const auto grading = yaml.string("grading")) {
    if (*grading != "default") {
      yaml.fail("grading", "only the default grader is supported (got \"" + *grading +
                               "\"); custom graders are not run by judge");
    }
  }
  settings.grader_flags = yaml.string_list("grader_flags");
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
    read_legacy_grading(yaml, settings);
  } else {
    settings.validator_args = yaml.string_list("output_validator_args");
    settings.args = yaml.string_list("args");
    read_2025_scoring(yaml, settings);
  }
  return settings;
}

LegacyGrading inherit_grading(const LegacyGrading& parent, const GroupSettings& settings) {
  LegacyGrading grading = parent;
  if (settings.accept_score) grading.accept_score = *settings.accept_score;
  if (settings.reject_score) grading.reject_score = *settings.reject_score;
  if (settings.on_reject_break) grading.on_reject_break = *settings.on_reject_break;
  if (settings.range) std::tie(grading.range_min, grading.range_max) = *settings.range;
  if (settings.grader_flags) {
    // Flags replace the parent's: an empty list means the defaults again.
    grading.verdict_rule = LegacyGrading::VerdictRule::kWorstError;
    grading.score_rule = LegacyGrading::ScoreRule::kSum;
    grading.ignore_sample = false;
    grading.accept_if_any_accepted = false;
    for (const std::string& flag : *settings.grader_flags) {
      using V = LegacyGrading::VerdictRule;
      using S = LegacyGrading::ScoreRule;
      if (flag == "worst_error") {
        grading.verdict_rule = V::kWorstError;
      } else if (flag == "first_error") {
        grading.verdict_rule = V::kFirstError;
      } else if (flag == "always_accept") {
        grading.verdict_rule = V::kAlwaysAccept;
      } else if (flag == "accept_if_any_accepted") {
        grading.accept_if_any_accepted = true;
      } else if (flag == "ignore_sample") {
        grading.ignore_sample = true;
      } else if (flag == "sum") {
        grading.score_rule = S::kSum;
      } else if (flag == "avg") {
        grading.score_rule = S::kAvg;
      } else if (flag == "min") {
        grading.score_rule = S::kMin;
      } else if (flag == "max") {
        grading.score_rule = S::kMax;
      } else {
        throw ConfigError(settings.file.string(), "grader_flags",
                          "unknown flag \"" + flag +
                              "\"; expected first_error, worst_error, always_accept, sum, avg, "
                              "min, max, ignore_sample or accept_if_any_accepted");
      }
    }
  }
  return grading;
}

TestCaseSettings read_test_case_settings(const fs::path& yaml_file) {
  const YamlMap yaml(load_yaml_file(yaml_file), yaml_file.string());
  TestCaseSettings settings;
  settings.validator_args =
      yaml.string_list("output_validator_args").value_or(std::vector<std::string>{});
  settings.args = yaml.string_list("args");
  return settings;
}

}  // namespace judge::problem
