// Scoring inside a judge run: each test's score as it finishes, then the groups and the total
// (2025-09 and Polygon groups), or the legacy graders, which also decide what runs.
#pragma once

#include <functional>
#include <vector>

#include "judge/verdict.h"
#include "problem/problem.h"

namespace judge {

// 2025-09 / Polygon: turns what the checker reported into the test's score, or JE when it broke
// the format's rules (see score_test()). Legacy: keeps the checker's score for the grader.
void apply_test_score(const problem::Problem& problem, const problem::TestCase& test,
                      TestOutcome& outcome);

// 2025-09 / Polygon: report.groups, report.score and report.max_score from the tests run.
void score_groups(const problem::Problem& problem,
                  const std::vector<const problem::TestCase*>& selected, JudgeReport& report);

// Legacy: runs the selected tests through judge_one (run = false: skipped by on_reject: break),
// grades every folder, and sets report.overall (data/'s grader verdict), groups and score.
using JudgeOne = std::function<TestOutcome&(const problem::TestCase&, bool run)>;
void grade_legacy(const problem::Problem& problem,
                  const std::vector<const problem::TestCase*>& selected, JudgeReport& report,
                  const JudgeOne& judge_one);

}  // namespace judge
