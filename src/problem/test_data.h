// The test cases of a Kattis package: data/sample/ then data/secret/, each folder's test cases
// and subfolders sorted together by name, as the spec orders them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "problem/problem.h"

namespace judge::problem {

struct TestDataOptions {
  PackageFormat format = PackageFormat::k2025_09;
  ProblemType type = ProblemType::kPassFail;
  bool answers_optional = false;                    // interactive: NAME.ans may be missing
  std::vector<std::string> problem_validator_args;  // from problem.yaml, first in every test
};

struct TestData {
  std::vector<TestCase> tests;
  std::vector<ScoringGroup> scoring_groups;   // 2025-09 scoring problems
  std::vector<LegacyGrading> legacy_grading;  // legacy: every folder below data/, and data/
};

// Walks dir/data. Returns no tests (not an error) when data/sample and data/secret are absent
// or empty; the caller decides what an empty package means.
TestData collect_kattis_tests(const std::filesystem::path& dir, const TestDataOptions& options);

}  // namespace judge::problem
