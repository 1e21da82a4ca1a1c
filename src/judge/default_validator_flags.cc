// parse_default_validator_flags (declared in judge/default_validator.h).
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "judge/default_validator.h"
#include "judge/float_token.h"
#include "util/error.h"

namespace judge {

namespace {

constexpr const char* kField = "validator flags";
constexpr const char* kKnownFlags =
    "the default validator accepts case_sensitive, space_change_sensitive, float_tolerance E, "
    "float_absolute_tolerance E and float_relative_tolerance E";

double tolerance_value(const std::vector<std::string>& args, std::size_t flag_index,
                       const std::string& source) {
  const std::string& flag = args[flag_index];
  if (flag_index + 1 >= args.size()) {
    throw ConfigError(source, kField, flag + " needs a number after it, such as " + flag + " 1e-6");
  }
  const std::string& text = args[flag_index + 1];
  const std::optional<double> value = parse_float_token(text);
  if (!value || !std::isfinite(*value) || *value < 0) {
    throw ConfigError(
        source, kField,
        flag + " needs a non-negative decimal number such as 1e-6, got '" + text + "'");
  }
  return *value;
}

}  // namespace

// Flags arrive problem-level first, then group, then test case (problem.h), so a later
// tolerance overrides an earlier one: a group may tighten what the problem set.
DefaultValidatorOptions parse_default_validator_flags(const std::vector<std::string>& args,
                                                      const std::string& source_description) {
  DefaultValidatorOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& flag = args[i];
    if (flag == "case_sensitive") {
      options.case_sensitive = true;
    } else if (flag == "space_change_sensitive") {
      options.space_change_sensitive = true;
    } else if (flag == "float_absolute_tolerance") {
      options.float_absolute_tolerance = tolerance_value(args, i, source_description);
      ++i;
    } else if (flag == "float_relative_tolerance") {
      options.float_relative_tolerance = tolerance_value(args, i, source_description);
      ++i;
    } else if (flag == "float_tolerance") {
      const double value = tolerance_value(args, i, source_description);
      options.float_absolute_tolerance = value;
      options.float_relative_tolerance = value;
      ++i;
    } else {
      throw ConfigError(source_description, kField, "unknown flag '" + flag + "'; " + kKnownFlags);
    }
  }
  return options;
}

}  // namespace judge
