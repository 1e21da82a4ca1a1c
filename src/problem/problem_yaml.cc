#include "problem/problem_yaml.h"

#include <cmath>
#include <regex>
#include <set>

#include "problem/unimplemented.h"
#include "util/error.h"
#include "util/text.h"
#include "util/yaml_map.h"

namespace judge::problem {

namespace {

// Limits beyond these are typos (a time limit in milliseconds written as seconds, a memory limit
// in bytes written as MiB), not real problems.
constexpr double kMaxTimeLimitSeconds = 24 * 60 * 60;
constexpr std::int64_t kMaxSizeMiB = 1ll << 20;  // 1 TiB
constexpr std::int64_t kMaxValidationPasses = 1000;

// Legacy multipliers (spec/legacy.md "Limits"); 2025-09's defaults are ProblemLimits' own.
constexpr double kLegacyTimeMultiplier = 5;
constexpr double kLegacyTimeSafetyMargin = 2;

PackageFormat read_format(const YamlMap& yaml) {
  const auto version = yaml.string("problem_format_version");
  if (!version || *version == "legacy" || *version == "legacy-icpc") return PackageFormat::kLegacy;
  if (*version == "draft") return PackageFormat::k2025_09;
  // Dated versions compare as text. 2023-07(-draft) introduced most of what 2025-09 settled
  // (time_multipliers, type lists, name maps), so it is read with the newer rules.
  static const std::regex dated(R"((\d{4}-\d{2})(-draft)?)");
  std::smatch match;
  if (std::regex_match(*version, match, dated) && match[1].str() >= "2023-07") {
    return PackageFormat::k2025_09;
  }
  yaml.fail("problem_format_version",
            "expected \"2025-09\" or \"legacy\" (got \"" + *version + "\")");
}

std::optional<std::string> read_name(const YamlMap& yaml) {
  if (!yaml.has("name")) return std::nullopt;
  const YAML::Node name = yaml.raw("name");
  if (name.IsScalar()) return name.Scalar();
  const std::string expected = "expected a string or a map of language code to name (en: Hello)";
  if (!name.IsMap()) yaml.fail("name", expected);
  std::optional<std::string> first;
  for (const auto& entry : name) {
    if (!entry.second.IsScalar()) yaml.fail("name", expected);
    if (entry.first.Scalar() == "en") return entry.second.Scalar();
    if (!first) first = entry.second.Scalar();
  }
  return first;
}

// `type`: 2025-09 allows one string or a list from a fixed vocabulary with incompatible pairs;
// legacy allows only pass-fail or scoring.
void read_type(const YamlMap& yaml, ProblemConfig& config) {
  std::vector<std::string> words;
  if (!yaml.has("type")) return;
  const YAML::Node type = yaml.raw("type");
  if (type.IsScalar()) {
    words.push_back(type.Scalar());
  } else if (type.IsSequence() && type.size() > 0) {
    words = *yaml.string_list("type");
  } else {
    yaml.fail("type", "expected pass-fail, scoring, or a list such as [scoring, interactive]");
  }
  std::set<std::string> seen;
  for (const std::string& word : words) {
    if (!seen.insert(word).second) yaml.fail("type", "\"" + word + "\" is listed twice");
    if (word == "pass-fail") {
      config.type = ProblemType::kPassFail;
    } else if (word == "scoring") {
      config.type = ProblemType::kScoring;
    } else if (word == "interactive") {
      config.interactive = true;
    } else if (word == "multi-pass") {
      config.multi_pass = true;
    } else if (word == "submit-answer") {
      config.submit_answer = true;
    } else {
      yaml.fail("type", "unknown type \"" + word +
                            "\"; expected pass-fail, scoring, interactive, multi-pass or "
                            "submit-answer");
    }
  }
  const bool legacy_word = words.size() == 1 && (words[0] == "pass-fail" || words[0] == "scoring");
  if (config.format == PackageFormat::kLegacy && !legacy_word) {
    yaml.fail("type",
              "expected pass-fail or scoring (legacy packages mark interactive problems with "
              "validation: custom interactive)");
  }
  if (seen.count("pass-fail") && seen.count("scoring")) {
    yaml.fail("type", "pass-fail and scoring cannot both be given");
  }
  if (config.submit_answer && (config.interactive || config.multi_pass)) {
    yaml.fail("type", "submit-answer cannot be combined with interactive or multi-pass");
  }
}

// Legacy `validation: default | custom [interactive] [score]`.
void read_legacy_validation(const YamlMap& yaml, ProblemConfig& config) {
  const auto validation = yaml.string("validation");
  if (!validation) return;
  const std::vector<std::string> words = split_whitespace(*validation);
  const std::string expected =
      "expected \"default\", or \"custom\" optionally followed by interactive and/or score";
  if (words.empty() || (words[0] != "default" && words[0] != "custom")) {
    yaml.fail("validation", expected);
  }
  if (words[0] == "default" && words.size() > 1) yaml.fail("validation", expected);
  config.legacy_custom_validation = words[0] == "custom";
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (words[i] == "interactive") {
      config.interactive = true;
    } else if (words[i] != "score") {
      yaml.fail("validation", expected + " (got \"" + words[i] + "\")");
    }
  }
}

std::int64_t read_size_mib(const YamlMap& limits, const std::string& key, std::int64_t fallback) {
  const auto mib = limits.integer(key, "a whole number of MiB such as 1024");
  if (!mib) return fallback;
  if (*mib <= 0) limits.fail(key, "must be greater than 0 MiB");
  if (*mib > kMaxSizeMiB) limits.fail(key, "must be at most 1048576 MiB (1 TiB)");
  return *mib << 20;
}

// 2025-09 requires multipliers >= 1; legacy only says "float", so there any positive value goes.
enum class MultiplierMinimum { kPositive, kAtLeastOne };

double read_multiplier(const YamlMap& map, const std::string& key, double fallback,
                       MultiplierMinimum minimum) {
  const auto value = map.number(key, "a number such as 2 or 1.5");
  if (!value) return fallback;
  if (minimum == MultiplierMinimum::kPositive && *value <= 0) {
    map.fail(key, "must be greater than 0");
  }
  if (minimum == MultiplierMinimum::kAtLeastOne && *value < 1) map.fail(key, "must be at least 1");
  return *value;
}

std::optional<std::int64_t> read_positive(const YamlMap& limits, const std::string& key,
                                          const std::string& unit, std::int64_t scale) {
  const auto value = limits.integer(key, "a whole number of " + unit);
  if (!value) return std::nullopt;
  if (*value <= 0) limits.fail(key, "must be greater than 0 " + unit);
  if (*value > kMaxSizeMiB) limits.fail(key, "must be at most 1048576 " + unit);
  return *value * scale;
}

// The limits of the judge's own tools (compiler, output validator) and of the source size.
void read_tool_limits(const YamlMap& map, ProblemLimits& limits) {
  limits.code_bytes = read_positive(map, "code", "KiB", 1 << 10);
  limits.compilation_time_ms = read_positive(map, "compilation_time", "seconds", 1000);
  limits.compilation_memory_bytes = read_positive(map, "compilation_memory", "MiB", 1 << 20);
  limits.validation_time_ms = read_positive(map, "validation_time", "seconds", 1000);
  limits.validation_memory_bytes = read_positive(map, "validation_memory", "MiB", 1 << 20);
  limits.validation_output_bytes = read_positive(map, "validation_output", "MiB", 1 << 20);
}

// `languages`: "all" or a list of language ids (the spec's language codes are judge's ids).
std::vector<std::string> read_languages(const YamlMap& yaml) {
  if (!yaml.has("languages")) return {};
  const YAML::Node node = yaml.raw("languages");
  if (node.IsScalar() && node.Scalar() == "all") return {};
  const auto list = yaml.string_list("languages");
  if (!list || list->empty()) yaml.fail("languages", "expected all or a list such as [cpp, java]");
  return *list;
}

void read_limits(const YamlMap& yaml, ProblemConfig& config) {
  ProblemLimits& limits = config.limits;
  const auto map = yaml.map("limits");
  if (!map) return;

  if (const auto seconds = map->number("time_limit", "a number of seconds such as 2 or 1.5")) {
    if (*seconds <= 0) map->fail("time_limit", "must be greater than 0 seconds");
    if (*seconds > kMaxTimeLimitSeconds) {
      map->fail("time_limit", "must be at most 86400 seconds (one day)");
    }
    // The epsilon absorbs binary noise (1.1 * 1000 = 1100.0000000000002) before rounding up.
    limits.time_limit_ms =
        std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(*seconds * 1000 - 1e-6)));
    limits.time_limit_source = "problem.yaml";
  }
  if (const auto passes = map->integer("validation_passes", "a whole number such as 2")) {
    if (*passes < 2 || *passes > kMaxValidationPasses) {
      map->fail("validation_passes",
                "must be between 2 and 1000 (a multi-pass test has at least "
                "two passes)");
    }
    limits.validation_passes = static_cast<int>(*passes);
  }
  limits.memory_bytes = read_size_mib(*map, "memory", limits.memory_bytes);
  limits.output_bytes = read_size_mib(*map, "output", limits.output_bytes);
  read_tool_limits(*map, limits);

  if (config.format == PackageFormat::kLegacy) {
    limits.ac_to_time_limit = read_multiplier(*map, "time_multiplier", limits.ac_to_time_limit,
                                              MultiplierMinimum::kPositive);
    limits.time_limit_to_tle = read_multiplier(*map, "time_safety_margin", limits.time_limit_to_tle,
                                               MultiplierMinimum::kPositive);
  } else {
    if (const auto resolution =
            map->number("time_resolution", "a number of seconds such as 1 or 0.1")) {
      if (*resolution <= 0) map->fail("time_resolution", "must be greater than 0 seconds");
      limits.time_resolution_s = *resolution;
    }
    const auto multipliers = map->map("time_multipliers");
    if (!multipliers) return;
    limits.ac_to_time_limit = read_multiplier(
        *multipliers, "ac_to_time_limit", limits.ac_to_time_limit, MultiplierMinimum::kAtLeastOne);
    limits.time_limit_to_tle =
        read_multiplier(*multipliers, "time_limit_to_tle", limits.time_limit_to_tle,
                        MultiplierMinimum::kAtLeastOne);
  }
}

// Not a key of the format: packages whose validator (interactor) is written against testlib say
// so, and its exit codes are read as testlib's (0 OK, 1 WA, 2 PE, 3 FAIL, 7 points).
void read_validator_protocol(const YamlMap& yaml, ProblemConfig& config) {
  const auto protocol = yaml.string("output_validator_protocol");
  if (!protocol) return;
  if (*protocol != "kattis" && *protocol != "testlib") {
    yaml.fail("output_validator_protocol",
              "expected kattis (exit 42/43, the default) or testlib (exit 0 OK, 1 WA, 2 PE, 3 "
              "FAIL, 7 points)");
  }
  config.testlib_validator = *protocol == "testlib";
}

}  // namespace

ProblemConfig default_problem_config() {
  ProblemConfig config;
  config.limits.ac_to_time_limit = kLegacyTimeMultiplier;
  config.limits.time_limit_to_tle = kLegacyTimeSafetyMargin;
  return config;
}

ProblemConfig read_problem_yaml(const std::filesystem::path& problem_yaml) {
  const YAML::Node yaml_root = load_yaml_file(problem_yaml);
  const YamlMap yaml(yaml_root, problem_yaml.string());
  ProblemConfig config = default_problem_config();
  config.format = read_format(yaml);
  if (config.format == PackageFormat::k2025_09) config.limits = ProblemLimits{};
  config.name = read_name(yaml);
  read_type(yaml, config);

  if (config.format == PackageFormat::kLegacy) {
    read_legacy_validation(yaml, config);
    config.validator_args = yaml.string_list("validator_flags").value_or(config.validator_args);
  } else {
    // The legacy keys would silently change judging if ignored, so say what replaced them.
    if (yaml.has("validation")) {
      yaml.fail("validation",
                "is legacy; 2025-09 packages use type (e.g. [pass-fail, interactive]) and an "
                "output_validator/ folder");
    }
    if (yaml.has("validator_flags")) {
      yaml.fail("validator_flags", "is legacy; 2025-09 packages use output_validator_args");
    }
    config.validator_args =
        yaml.string_list("output_validator_args").value_or(config.validator_args);
  }
  read_limits(yaml, config);
  config.languages = read_languages(yaml);
  config.unimplemented = find_unimplemented(yaml_root, config.format);
  read_validator_protocol(yaml, config);
  config.checker = yaml.string("checker");
  return config;
}

}  // namespace judge::problem
