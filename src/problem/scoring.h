// Points per test case for scoring problems.
//
// The rule (deterministic, and exact for the common layouts):
//   - pass-fail problems: no test has points (nullopt);
//   - samples are worth 0 (spec 2025-09: samples do not contribute to the score);
//   - legacy secret tests: the accept_score of the closest testdata.yaml, default 1 per test;
//   - 2025-09 secret tests: the max_score of the closest folder (the test's own folder, then
//     its parents up to data/secret) whose test_group.yaml gives one, split evenly over all the
//     tests inside that folder (subfolders included); 1 per test when no folder gives one.
// Aggregation beyond a sum (min, pass-fail groups, require_pass) is not modelled here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "problem/problem.h"

namespace judge::problem {

struct PointsRule {
  double value = 1;
  // Set: `value` is a folder's max_score, split over every test whose group is this folder or
  // lies below it. Unset: `value` is what this test alone is worth.
  std::optional<std::string> split_over_group;
};

// rules[i] belongs to tests[i].
void assign_points(std::vector<TestCase>& tests, const std::vector<PointsRule>& rules);

}  // namespace judge::problem
