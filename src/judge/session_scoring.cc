#include "judge/session_scoring.h"

#include <string>

#include "judge/score_rules.h"
#include "judge/session.h"
#include "problem/scoring.h"

namespace judge {

using problem::TestCase;

void apply_test_score(const problem::Problem& problem, const TestCase& test, TestOutcome& outcome) {
  if (!problem.legacy_grading.empty()) return;  // the legacy grader scores it
  ScoreReport reported{outcome.verdict, outcome.reported_score, outcome.reported_multiplier};
  // Polygon's treat-points-from-checker-as-percent: "points 50" earns half the test's points.
  if (problem.checker_points_percent && reported.score && !reported.multiplier) {
    reported.multiplier = *reported.score / 100;
    reported.score.reset();
  }
  TestScore scored = score_test(reported, test.points, test.is_sample);
  if (problem.checker_points_percent && outcome.reported_score &&
      scored.verdict == Verdict::kJudgeError) {
    scored.judge_error = "the checker gave " + std::to_string(*outcome.reported_score) +
                         " points, a percent of the test's points (problem.xml "
                         "treat-points-from-checker-as-percent); expected 0 to 100";
  }
  if (scored.verdict == Verdict::kJudgeError && outcome.verdict != Verdict::kJudgeError) {
    outcome.message = scored.judge_error;
  }
  outcome.verdict = scored.verdict;
  outcome.score = scored.score;
}

void score_groups(const problem::Problem& problem, const std::vector<const TestCase*>& selected,
                  JudgeReport& report) {
  if (problem.scoring_groups.empty()) {  // no groups: the sum over the tests
    double score = 0;
    for (const TestOutcome& test : report.tests) score += test.score.value_or(0.0);
    report.score = score;
    return;
  }
  std::vector<ScoredTest> results;
  for (std::size_t i = 0; i < selected.size() && i < report.tests.size(); ++i) {
    const TestOutcome& outcome = report.tests[i];
    results.push_back({problem::scoring_group_of(*selected[i], problem.scoring_groups),
                       selected[i]->is_sample, outcome.verdict, outcome.score.value_or(0)});
  }
  ScoreSummary summary = aggregate_groups(problem.scoring_groups, results);
  report.groups = std::move(summary.groups);
  report.score = summary.total;
  report.max_score = summary.max_score;
}

void grade_legacy(const problem::Problem& problem, const std::vector<const TestCase*>& selected,
                  JudgeReport& report, const JudgeOne& judge_one) {
  std::vector<TestCase> tests;
  for (const TestCase* test : selected) tests.push_back(*test);
  std::vector<std::size_t> outcome_index(tests.size());
  const LegacyGrader grader(problem.legacy_grading, tests);
  ScoreSummary summary = grader.grade([&](std::size_t i, bool run) {
    outcome_index[i] = report.tests.size();
    const TestOutcome& outcome = judge_one(*selected[i], run);
    return ScoreReport{outcome.verdict, outcome.reported_score, std::nullopt};
  });
  for (std::size_t i = 0; i < tests.size(); ++i) {
    TestOutcome& outcome = report.tests[outcome_index[i]];
    outcome.score = outcome.verdict == Verdict::kSkipped ? 0.0 : summary.test_scores[i];
  }
  report.groups = std::move(summary.groups);
  report.score = summary.total;
  report.max_score.reset();  // a legacy grader has no fixed maximum
  const bool compiled = report.compile.status != CompileOutcome::Status::kFailed &&
                        report.compile.status != CompileOutcome::Status::kInternalError;
  report.overall =
      compiled && summary.verdict != Verdict::kSkipped ? summary.verdict : overall_verdict(report);
}

}  // namespace judge
