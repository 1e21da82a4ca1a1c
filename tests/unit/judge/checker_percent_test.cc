// Polygon's treat-points-from-checker-as-percent (session_scoring.h): a checker's points are a
// percent of the test's points.
#include <catch2/catch.hpp>

#include "judge/session_scoring.h"

using judge::apply_test_score;
using judge::TestOutcome;
using judge::Verdict;
using judge::problem::Problem;
using judge::problem::TestCase;

namespace {

TestOutcome scored(bool percent, double points) {
  Problem problem;
  problem.checker_points_percent = percent;
  TestCase test;
  test.points = 30;
  TestOutcome outcome;
  outcome.verdict = Verdict::kAccepted;
  outcome.reported_score = points;
  apply_test_score(problem, test, outcome);
  return outcome;
}

}  // namespace

TEST_CASE("checker points as percent of the test's points", "[judge][polygon]") {
  CHECK(scored(true, 50).score == Approx(15));
  CHECK(scored(true, 100).score == Approx(30));
  CHECK(scored(true, 0).score == Approx(0));
  CHECK(scored(false, 12).score == Approx(12));  // without it, the points themselves
  const TestOutcome over = scored(true, 150);
  CHECK(over.verdict == Verdict::kJudgeError);
  CHECK_THAT(over.message, Catch::Contains("treat-points-from-checker-as-percent"));
}
