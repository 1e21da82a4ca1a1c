// The scoring rules as pure functions: one test's score (2025-09 JE rules), group aggregation
// with require_pass, and the legacy graders with on_reject.
#include <catch2/catch.hpp>

#include "judge/score_rules.h"

using judge::GraderResult;
using judge::ScoredTest;
using judge::ScoreReport;
using judge::Verdict;
using judge::problem::LegacyGrading;
using judge::problem::ScoreAggregation;
using judge::problem::ScoringGroup;
using judge::problem::TestCase;

namespace {

constexpr auto AC = Verdict::kAccepted;
constexpr auto WA = Verdict::kWrongAnswer;
constexpr auto TLE = Verdict::kTimeLimitExceeded;
constexpr auto JE = Verdict::kJudgeError;

}  // namespace

TEST_CASE("score_test: an accepted test without score files earns its maximum", "[score]") {
  CHECK(judge::score_test({AC, {}, {}}, 25.0, false).score == 25);
  CHECK(judge::score_test({WA, {}, {}}, 25.0, false).score == 0);
  CHECK(judge::score_test({TLE, {}, {}}, 25.0, false).verdict == TLE);
}

TEST_CASE("score_test: score.txt is absolute, score_multiplier.txt a fraction", "[score]") {
  CHECK(judge::score_test({AC, 7.5, {}}, 10.0, false).score == 7.5);
  CHECK(judge::score_test({AC, {}, 0.25}, 10.0, false).score == Approx(2.5));
  CHECK(judge::score_test({AC, 1000.0, {}}, std::nullopt, false).score == 1000);
}

TEST_CASE("score_test: the format's judge errors", "[score]") {
  CHECK(judge::score_test({AC, 1.0, 0.5}, 10.0, false).verdict == JE);         // both files
  CHECK(judge::score_test({WA, 1.0, {}}, 10.0, false).verdict == JE);          // score on WA
  CHECK(judge::score_test({WA, {}, 0.0}, 10.0, false).verdict == JE);          // multiplier on WA
  CHECK(judge::score_test({AC, 11.0, {}}, 10.0, false).verdict == JE);         // over maximum
  CHECK(judge::score_test({AC, -1.0, {}}, 10.0, false).verdict == JE);         // negative
  CHECK(judge::score_test({AC, {}, 1.5}, 10.0, false).verdict == JE);          // multiplier > 1
  CHECK(judge::score_test({AC, {}, 0.5}, std::nullopt, false).verdict == JE);  // unbounded x
  CHECK(judge::score_test({AC, {}, {}}, std::nullopt, false).verdict == JE);   // no score.txt
  CHECK_FALSE(judge::score_test({AC, 1.0, 0.5}, 10.0, false).judge_error.empty());
}

TEST_CASE("score_test: samples score 0 and their score files are ignored", "[score]") {
  const auto sample = judge::score_test({AC, 99.0, 0.5}, 0.0, true);
  CHECK(sample.verdict == AC);
  CHECK(sample.score == 0);
}

namespace {

ScoringGroup group(const std::string& name, ScoreAggregation aggregation, std::optional<double> max,
                   std::vector<std::string> require = {}) {
  return ScoringGroup{name, aggregation, max, std::move(require), name + "/test_group.yaml"};
}

ScoredTest result(const std::string& group, Verdict verdict, double score) {
  return ScoredTest{group, group.empty(), verdict, score};
}

}  // namespace

TEST_CASE("aggregate_groups: pass-fail, sum and min groups add up in secret", "[score]") {
  const std::vector<ScoringGroup> groups{
      group("secret", ScoreAggregation::kSum, 100),
      group("secret/a", ScoreAggregation::kPassFail, 20),
      group("secret/b", ScoreAggregation::kSum, 30),
      group("secret/c", ScoreAggregation::kMin, 50),
  };
  const auto summary = judge::aggregate_groups(
      groups, {result("", AC, 0), result("secret/a", AC, 10), result("secret/a", AC, 10),
               result("secret/b", AC, 15), result("secret/b", WA, 0), result("secret/c", AC, 50),
               result("secret/c", AC, 20)});
  REQUIRE(summary.groups.size() == 4);
  CHECK(summary.groups[0].score == 20);  // pass-fail: all AC
  CHECK(summary.groups[1].score == 15);  // sum
  CHECK(summary.groups[1].verdict == WA);
  CHECK(summary.groups[2].score == 20);  // min
  CHECK(summary.groups[3].name == "secret");
  CHECK(summary.total == 55);
  CHECK(summary.max_score == 100);  // 20 + 30 + 50
}

TEST_CASE("aggregate_groups: a pass-fail group with one rejected test earns 0", "[score]") {
  const auto summary =
      judge::aggregate_groups({group("secret", ScoreAggregation::kSum, 100),
                               group("secret/a", ScoreAggregation::kPassFail, 40)},
                              {result("secret/a", AC, 20), result("secret/a", TLE, 0)});
  CHECK(summary.groups[0].score == 0);
  CHECK(summary.groups[0].verdict == TLE);
  CHECK(summary.total == 0);
}

TEST_CASE("aggregate_groups: require_pass zeroes a group whose requirement failed", "[score]") {
  const std::vector<ScoringGroup> groups{
      group("secret", ScoreAggregation::kSum, 100),
      group("secret/1-small", ScoreAggregation::kPassFail, 30),
      group("secret/2-large", ScoreAggregation::kPassFail, 70, {"secret/1-small", "sample"}),
  };
  SECTION("requirement met") {
    const auto summary = judge::aggregate_groups(
        groups,
        {result("", AC, 0), result("secret/1-small", AC, 30), result("secret/2-large", AC, 70)});
    CHECK(summary.total == 100);
  }
  SECTION("a required group failed") {
    const auto summary = judge::aggregate_groups(
        groups,
        {result("", AC, 0), result("secret/1-small", WA, 0), result("secret/2-large", AC, 70)});
    CHECK(summary.groups[1].score == 0);
    CHECK(summary.groups[1].note == "requires secret/1-small");
    CHECK(summary.total == 0);
  }
  SECTION("the samples failed") {
    const auto summary = judge::aggregate_groups(
        groups,
        {result("", WA, 0), result("secret/1-small", AC, 30), result("secret/2-large", AC, 70)});
    CHECK(summary.total == 30);
    CHECK(summary.groups[1].note == "requires sample");
  }
}

TEST_CASE("aggregate_groups: secret holding tests sums them against its max_score", "[score]") {
  const auto summary = judge::aggregate_groups({group("secret", ScoreAggregation::kSum, 100)},
                                               {result("secret", AC, 50), result("secret", WA, 0)});
  REQUIRE(summary.groups.size() == 1);
  CHECK(summary.total == 50);
  CHECK(summary.max_score == 100);
}

namespace {

LegacyGrading flags(std::initializer_list<const char*> words) {
  LegacyGrading grading;
  for (const std::string word : words) {
    if (word == "first_error") grading.verdict_rule = LegacyGrading::VerdictRule::kFirstError;
    if (word == "always_accept") grading.verdict_rule = LegacyGrading::VerdictRule::kAlwaysAccept;
    if (word == "accept_if_any_accepted") grading.accept_if_any_accepted = true;
    if (word == "avg") grading.score_rule = LegacyGrading::ScoreRule::kAvg;
    if (word == "min") grading.score_rule = LegacyGrading::ScoreRule::kMin;
    if (word == "max") grading.score_rule = LegacyGrading::ScoreRule::kMax;
  }
  return grading;
}

const std::vector<GraderResult> kMixed{{AC, 1}, {WA, 0}, {TLE, 0}, {AC, 3}};

}  // namespace

TEST_CASE("legacy_grade: verdict flags", "[score][legacy]") {
  CHECK(judge::legacy_grade(flags({}), kMixed).verdict == TLE);  // worst_error: TLE beats WA
  CHECK(judge::legacy_grade(flags({"first_error"}), kMixed).verdict == WA);
  CHECK(judge::legacy_grade(flags({"always_accept"}), kMixed).verdict == AC);
  CHECK(judge::legacy_grade(flags({"accept_if_any_accepted"}), kMixed).verdict == AC);
  CHECK(judge::legacy_grade(flags({"accept_if_any_accepted"}), {{WA, 0}, {TLE, 0}}).verdict == TLE);
  CHECK(judge::legacy_grade(flags({}), {{WA, 0}, {JE, 0}, {Verdict::kRuntimeError, 0}}).verdict ==
        JE);
}

TEST_CASE("legacy_grade: score flags", "[score][legacy]") {
  CHECK(judge::legacy_grade(flags({}), kMixed).score == 4);  // sum
  CHECK(judge::legacy_grade(flags({"avg"}), kMixed).score == 1);
  CHECK(judge::legacy_grade(flags({"min"}), kMixed).score == 0);
  CHECK(judge::legacy_grade(flags({"max"}), kMixed).score == 3);
  CHECK(judge::legacy_grade(flags({}), {}).score == 0);
}

TEST_CASE("legacy_grade: a score outside the range is a judge error", "[score][legacy]") {
  LegacyGrading grading;
  grading.range_min = 0;
  grading.range_max = 2;
  CHECK(judge::legacy_grade(grading, {{AC, 1}, {AC, 1}}).verdict == AC);
  CHECK(judge::legacy_grade(grading, {{AC, 1}, {AC, 1}, {AC, 1}}).verdict == JE);
}

namespace {

TestCase test_in(const std::string& group, const std::string& name) {
  TestCase test;
  test.group = group;
  test.name = group + "/" + name;
  test.is_sample = group == "sample";
  return test;
}

}  // namespace

TEST_CASE("LegacyGrader: on_reject break skips the rest of the folder", "[score][legacy]") {
  const std::vector<TestCase> tests{test_in("sample", "1"), test_in("secret/g1", "1"),
                                    test_in("secret/g1", "2"), test_in("secret/g1", "3"),
                                    test_in("secret/g2", "1")};
  std::vector<LegacyGrading> folders(5);
  folders[0].folder = "";
  folders[1].folder = "sample";
  folders[2].folder = "secret";
  folders[2].on_reject_break = false;
  folders[3].folder = "secret/g1";
  folders[3].accept_score = 10;
  folders[4].folder = "secret/g2";
  folders[4].accept_score = 5;
  folders[0].ignore_sample = true;
  folders[0].on_reject_break = false;

  const std::vector<Verdict> verdicts{AC, AC, WA, AC, AC};
  std::vector<bool> ran(tests.size(), false);
  const judge::LegacyGrader grader(folders, tests);
  const auto summary = grader.grade([&](std::size_t i, bool run) {
    ran[i] = run;
    return ScoreReport{run ? verdicts[i] : Verdict::kSkipped, {}, {}};
  });
  CHECK(ran == std::vector<bool>{true, true, true, false, true});
  CHECK(summary.test_scores[1] == 10);
  CHECK(summary.test_scores[2] == 0);  // reject_score
  CHECK(summary.total == 15);          // g1: 10 (then WA, break), g2: 5; sample ignored
  CHECK(summary.verdict == WA);
}

TEST_CASE("LegacyGrader: score.txt replaces accept_score and samples count by default",
          "[score][legacy]") {
  const std::vector<TestCase> tests{test_in("sample", "1"), test_in("secret", "1")};
  std::vector<LegacyGrading> folders(3);
  folders[1].folder = "sample";
  folders[2].folder = "secret";
  const judge::LegacyGrader grader(folders, tests);
  const auto summary = grader.grade([&](std::size_t i, bool) {
    return ScoreReport{AC, i == 1 ? 42.0 : 0.0, {}};
  });
  CHECK(summary.total == 42);
  const auto defaults = grader.grade([&](std::size_t, bool) { return ScoreReport{AC, {}, {}}; });
  CHECK(defaults.total == 2);
  CHECK(defaults.verdict == AC);
}
