// Every problem.yaml key the package format defines, and what judge does with it: honoured
// (changes how a submission is judged), metadata (has no effect on a verdict anywhere), or
// refused (read but not implemented here: judging would silently give another verdict than the
// format's, so `judge run` stops with exit 2 naming the key).
//
// This table is THE one list of refusals. Implementing a feature means changing its rule to
// kHonoured here (tests/unit/problem/key_coverage_test.cc then asks for a check of its effect).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "problem/problem.h"

namespace judge::problem {

enum class KeyHandling { kHonoured, kMetadata, kRefused };

struct KeyRule {
  PackageFormat format;  // k2025_09 or kLegacy
  std::string_view key;  // dotted path: "limits.validation_passes"
  // Refused rules only: "" = any value; else the rule applies when the value (a scalar, a word of
  // it, or an element of a list) equals this.
  std::string_view value;
  KeyHandling handling;
  std::string_view why;  // refused: what is missing; others: what judge does with it
};

// Every key of problem.yaml in 2025-09 (spec/2025-09.md "Problem metadata", "Limits") and legacy
// (spec/legacy.md), including the values of `type` and `validation` that select a problem type.
const std::vector<KeyRule>& problem_yaml_key_rules();

// The refused rules that `root` (a parsed problem.yaml) triggers, in table order.
std::vector<Unimplemented> find_unimplemented(const YAML::Node& root, PackageFormat format);

// Throws ConfigError (exit 2) naming problem.yaml and the key of the first refused feature the
// problem uses. Called before anything of a submission is judged.
void refuse_unimplemented(const Problem& problem);

}  // namespace judge::problem
