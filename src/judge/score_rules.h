// The scoring rules of the problem package format, as pure functions over verdicts and scores:
//   - score_test(): one test's score from what its validator wrote (2025-09 JE rules);
//   - aggregate_groups(): 2025-09 (and Polygon) groups, require_pass, the submission's score;
//   - LegacyGrader: legacy testdata.yaml graders, which also decide which tests run
//     (on_reject: break).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "judge/verdict.h"
#include "problem/problem.h"

namespace judge {

// What the output check said about one test, for scoring.
struct ScoreReport {
  Verdict verdict = Verdict::kAccepted;
  std::optional<double> score;       // score.txt (or a testlib checker's points): absolute
  std::optional<double> multiplier;  // score_multiplier.txt: a fraction of the test's maximum
};

struct TestScore {
  Verdict verdict = Verdict::kAccepted;  // JE when the validator broke a rule
  double score = 0;
  std::string judge_error;  // why, when the verdict became JE
};

// 2025-09: both files, either file on a rejected test, a negative score, a multiplier outside
// [0, 1], a score over the test's maximum, a multiplier or no score.txt in an unbounded group:
// JE. Samples score 0 and their score files are ignored. An accepted test without score files
// earns its maximum; a rejected one 0.
TestScore score_test(const ScoreReport& report, const std::optional<double>& test_max,
                     bool is_sample);

struct ScoredTest {
  std::string scoring_group;  // problem::scoring_group_of(); "" for samples
  bool is_sample = false;
  Verdict verdict = Verdict::kAccepted;  // kSkipped: not run
  double score = 0;
};

struct ScoreSummary {
  std::vector<GroupScore> groups;
  double total = 0;
  std::optional<double> max_score;
  Verdict verdict = Verdict::kAccepted;  // legacy: data/'s grader verdict
  std::vector<double> test_scores;       // legacy: what each test earned, by test index
};

// 2025-09: a pass-fail group earns its max_score when every test is AC, sum adds the test
// scores, min takes the lowest; a group whose require_pass groups (or sample) did not all pass
// earns 0. The total is secret's aggregation over its groups (or over its tests).
ScoreSummary aggregate_groups(const std::vector<problem::ScoringGroup>& groups,
                              const std::vector<ScoredTest>& results);

// One legacy folder grader's result: a verdict and a score.
struct GraderResult {
  Verdict verdict = Verdict::kAccepted;
  double score = 0;
};

// Legacy grading: walks the folders below data/ in test order. judge(i, run) judges test i
// (run = false: it is skipped, because on_reject: break stopped an enclosing folder) and
// returns its verdict (kSkipped when not run) and the validator's score.txt if any. An accepted
// test earns score.txt or its folder's accept_score, a rejected one reject_score.
class LegacyGrader {
 public:
  using JudgeTest = std::function<ScoreReport(std::size_t index, bool run)>;
  LegacyGrader(const std::vector<problem::LegacyGrading>& folders,
               const std::vector<problem::TestCase>& tests);
  ~LegacyGrader();
  ScoreSummary grade(const JudgeTest& judge) const;

 private:
  struct Node;
  const problem::LegacyGrading& grading_of(const std::string& folder) const;
  // Grades the folder `node` (nullopt when nothing below it ran), adding to summary.
  std::optional<GraderResult> grade_folder(const Node& node, bool run, const JudgeTest& judge,
                                           ScoreSummary& summary) const;
  std::optional<GraderResult> grade_test(std::size_t index, bool run, const JudgeTest& judge,
                                         ScoreSummary& summary) const;

  const std::vector<problem::LegacyGrading>& folders_;
  const std::vector<problem::TestCase>& tests_;
  std::unique_ptr<Node> root_;  // the folder tree, in test order
};

// One folder's grader over its children's results (the legacy default grader): the verdict by
// worst_error / first_error / always_accept / accept_if_any_accepted, the score by sum / avg /
// min / max. Skipped children do not count. A score outside the folder's range is JE.
GraderResult legacy_grade(const problem::LegacyGrading& grading,
                          const std::vector<GraderResult>& children);

}  // namespace judge
