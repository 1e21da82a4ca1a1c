// What each test case of a scoring problem can earn, and the checks of the 2025-09 group rules.
//
//   - samples are worth 0 (2025-09: samples never score; legacy: see the legacy grader);
//   - 2025-09: a test in a group of max_score M with N tests (subfolders included) is worth M/N
//     under sum and pass-fail, M under min; nothing fixed in an unbounded group (only the
//     validator's score.txt gives points there);
//   - legacy: the accept_score of the test's folder (see LegacyGrading).
#pragma once

#include <string>
#include <vector>

#include "problem/problem.h"

namespace judge::problem {

// The scoring group a 2025-09 secret test belongs to: the first folder below secret/ when
// secret holds groups, else "secret". "" for samples.
std::string scoring_group_of(const TestCase& test, const std::vector<ScoringGroup>& groups);

// Sets tests[i].points from the groups (2025-09) and checks that require_pass names sample or
// an earlier pass-fail group (secret: only sample); ConfigError naming the test_group.yaml
// otherwise. A pass-fail group without max_score is worth 0 (it can still be required).
void assign_group_points(std::vector<TestCase>& tests, const std::vector<ScoringGroup>& groups);

// Legacy: tests[i].points = accept_score of the test's folder.
void assign_legacy_points(std::vector<TestCase>& tests, const std::vector<LegacyGrading>& folders);

}  // namespace judge::problem
