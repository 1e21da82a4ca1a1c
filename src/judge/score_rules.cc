#include "judge/score_rules.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

#include "util/error.h"

namespace judge {

using problem::LegacyGrading;
using problem::ScoreAggregation;
using problem::ScoringGroup;

namespace {

std::string number(double value) {
  std::string text = std::to_string(value);
  while (text.size() > 1 && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

TestScore judge_error(const std::string& why) {
  return {Verdict::kJudgeError, 0, why};
}

// A tiny slack so that 100/3 + 100/3 + 100/3 written back by a validator is not "over".
constexpr double kScoreSlack = 1e-9;

}  // namespace

TestScore score_test(const ScoreReport& report, const std::optional<double>& test_max,
                     bool is_sample) {
  if (is_sample) return {report.verdict, 0, ""};
  if (report.score && report.multiplier) {
    return judge_error("the output validator wrote both score.txt and score_multiplier.txt");
  }
  if (report.verdict != Verdict::kAccepted) {
    if (report.verdict == Verdict::kWrongAnswer && (report.score || report.multiplier)) {
      return judge_error("the output validator wrote a score for a rejected output");
    }
    return {report.verdict, 0, ""};
  }
  if (report.multiplier) {
    const double m = *report.multiplier;
    if (!std::isfinite(m) || m < 0 || m > 1) {
      return judge_error("score_multiplier.txt holds " + number(m) + "; expected 0 to 1");
    }
    if (!test_max) {
      return judge_error("score_multiplier.txt in an unbounded group; write score.txt instead");
    }
    return {Verdict::kAccepted, m * *test_max, ""};
  }
  if (report.score) {
    const double s = *report.score;
    if (!std::isfinite(s) || s < 0) {
      return judge_error("score.txt holds " + number(s) + "; expected a non-negative number");
    }
    if (test_max && s > *test_max + kScoreSlack) {
      return judge_error("score.txt holds " + number(s) + ", more than this test's maximum " +
                         number(*test_max));
    }
    return {Verdict::kAccepted, s, ""};
  }
  if (!test_max) return judge_error("no score.txt for an accepted test of an unbounded group");
  return {Verdict::kAccepted, *test_max, ""};
}

namespace {

struct GroupTally {
  bool all_accepted = true;
  bool any = false;
  Verdict verdict = Verdict::kAccepted;  // the first non-AC verdict
  double sum = 0;
  double min = 0;
};

GroupTally tally(const std::vector<ScoredTest>& results,
                 const std::function<bool(const ScoredTest&)>& member) {
  GroupTally t;
  for (const ScoredTest& result : results) {
    if (!member(result)) continue;
    t.min = t.any ? std::min(t.min, result.score) : result.score;
    t.any = true;
    t.sum += result.score;
    if (result.verdict != Verdict::kAccepted) {
      if (t.all_accepted) t.verdict = result.verdict;
      t.all_accepted = false;
    }
  }
  return t;
}

double aggregate(ScoreAggregation aggregation, const std::optional<double>& max,
                 const GroupTally& t) {
  switch (aggregation) {
    case ScoreAggregation::kPassFail:
      return t.any && t.all_accepted ? max.value_or(0) : 0;
    case ScoreAggregation::kSum:
      return t.sum;
    case ScoreAggregation::kMin:
      return t.any ? t.min : 0;
  }
  return 0;
}

}  // namespace

ScoreSummary aggregate_groups(const std::vector<ScoringGroup>& groups,
                              const std::vector<ScoredTest>& results) {
  ScoreSummary summary;
  const auto passed = [&](const std::string& name) {
    return tally(results,
                 [&](const ScoredTest& r) {
                   return name == "sample" ? r.is_sample : r.scoring_group == name;
                 })
        .all_accepted;
  };
  const auto unmet_requirement = [&](const ScoringGroup& group) -> std::string {
    for (const std::string& required : group.require_pass) {
      if (!passed(required)) return "requires " + required;
    }
    return "";
  };

  const ScoringGroup* secret = nullptr;
  std::vector<GroupTally> group_tallies;  // tallies of the groups below secret, as results
  for (const ScoringGroup& group : groups) {
    if (group.name == "secret") {
      secret = &group;
      continue;
    }
    const GroupTally t =
        tally(results, [&](const ScoredTest& r) { return r.scoring_group == group.name; });
    GroupScore score{group.name, t.verdict, aggregate(group.aggregation, group.max_score, t),
                     group.max_score, unmet_requirement(group)};
    if (!score.note.empty()) score.score = 0;
    summary.groups.push_back(score);
  }
  if (secret == nullptr) throw InternalError("aggregate_groups: no secret group");

  GroupScore total{"secret", Verdict::kAccepted, 0, secret->max_score, ""};
  if (summary.groups.empty()) {  // secret holds the tests itself
    const GroupTally t =
        tally(results, [](const ScoredTest& r) { return r.scoring_group == "secret"; });
    total.verdict = t.verdict;
    total.score = aggregate(secret->aggregation, secret->max_score, t);
  } else {
    GroupTally over_groups;
    std::optional<double> max_sum = 0;
    std::optional<double> max_min;
    for (const GroupScore& group : summary.groups) {
      over_groups.min = over_groups.any ? std::min(over_groups.min, group.score) : group.score;
      over_groups.any = true;
      over_groups.sum += group.score;
      if (group.verdict != Verdict::kAccepted && over_groups.all_accepted) {
        over_groups.verdict = group.verdict;
        over_groups.all_accepted = false;
      }
      if (max_sum && group.max_score) {
        *max_sum += *group.max_score;
      } else {
        max_sum.reset();
      }
      if (group.max_score)
        max_min = max_min ? std::min(*max_min, *group.max_score) : *group.max_score;
    }
    total.verdict = over_groups.verdict;
    total.score = aggregate(secret->aggregation, secret->max_score, over_groups);
    if (secret->aggregation == ScoreAggregation::kSum) total.max_score = max_sum;
    if (secret->aggregation == ScoreAggregation::kMin) total.max_score = max_min;
  }
  total.note = unmet_requirement(*secret);
  if (!total.note.empty()) total.score = 0;
  summary.groups.push_back(total);
  summary.total = total.score;
  summary.max_score = total.max_score;
  summary.verdict = total.verdict;
  return summary;
}

namespace {

// worst_error: the first of these that any child got.
int severity(Verdict verdict) {
  switch (verdict) {
    case Verdict::kJudgeError:
      return 7;
    case Verdict::kInternalError:
      return 6;
    case Verdict::kRuntimeError:
      return 5;
    case Verdict::kMemoryLimitExceeded:
      return 4;
    case Verdict::kTimeLimitExceeded:
      return 3;
    case Verdict::kOutputLimitExceeded:
      return 2;
    case Verdict::kWrongAnswer:
      return 1;
    default:
      return 0;
  }
}

}  // namespace

GraderResult legacy_grade(const LegacyGrading& grading, const std::vector<GraderResult>& children) {
  GraderResult result;
  if (children.empty()) return result;
  using V = LegacyGrading::VerdictRule;
  using S = LegacyGrading::ScoreRule;
  const bool any_accepted = std::any_of(children.begin(), children.end(), [](const auto& c) {
    return c.verdict == Verdict::kAccepted;
  });
  if (grading.verdict_rule == V::kAlwaysAccept ||
      (grading.accept_if_any_accepted && any_accepted)) {
    result.verdict = Verdict::kAccepted;
  } else if (grading.verdict_rule == V::kFirstError) {
    for (const GraderResult& child : children) {
      if (child.verdict != Verdict::kAccepted) {
        result.verdict = child.verdict;
        break;
      }
    }
  } else {
    for (const GraderResult& child : children) {
      if (severity(child.verdict) > severity(result.verdict)) result.verdict = child.verdict;
    }
  }
  std::vector<double> scores;
  for (const GraderResult& child : children) scores.push_back(child.score);
  switch (grading.score_rule) {
    case S::kSum:
      result.score = std::accumulate(scores.begin(), scores.end(), 0.0);
      break;
    case S::kAvg:
      result.score = std::accumulate(scores.begin(), scores.end(), 0.0) / scores.size();
      break;
    case S::kMin:
      result.score = *std::min_element(scores.begin(), scores.end());
      break;
    case S::kMax:
      result.score = *std::max_element(scores.begin(), scores.end());
      break;
  }
  if (result.score < grading.range_min || result.score > grading.range_max) {
    result.verdict = Verdict::kJudgeError;
  }
  return result;
}

struct LegacyGrader::Node {
  std::string folder;
  // Children in order: a test index, or a subfolder node.
  struct Child {
    std::optional<std::size_t> test;
    std::unique_ptr<Node> node;
  };
  std::vector<Child> children;

  // The child node of folder `path`: the last child when the previous test was in the same
  // folder (a folder's tests are adjacent in test order), else a new child.
  Node& folder_node(const std::string& path) {
    if (!children.empty() && children.back().node && children.back().node->folder == path) {
      return *children.back().node;
    }
    auto child = std::make_unique<Node>();
    child->folder = path;
    Node& added = *child;
    children.push_back({std::nullopt, std::move(child)});
    return added;
  }
};

LegacyGrader::LegacyGrader(const std::vector<LegacyGrading>& folders,
                           const std::vector<problem::TestCase>& tests)
    : folders_(folders), tests_(tests), root_(std::make_unique<Node>()) {
  // The folder tree, in test order: secret/group1/02 is test 02 in node secret/group1.
  for (std::size_t i = 0; i < tests_.size(); ++i) {
    Node* node = root_.get();
    const std::string& group = tests_[i].group;
    std::size_t start = 0;
    while (start < group.size()) {
      const std::size_t slash = group.find('/', start);
      const std::size_t end = slash == std::string::npos ? group.size() : slash;
      node = &node->folder_node(group.substr(0, end));
      start = end + 1;
    }
    node->children.push_back({i, nullptr});
  }
}

LegacyGrader::~LegacyGrader() = default;

const LegacyGrading& LegacyGrader::grading_of(const std::string& folder) const {
  for (const LegacyGrading& grading : folders_) {
    if (grading.folder == folder) return grading;
  }
  static const LegacyGrading defaults;
  return defaults;
}

std::optional<GraderResult> LegacyGrader::grade_test(std::size_t index, bool run,
                                                     const JudgeTest& judge,
                                                     ScoreSummary& summary) const {
  const ScoreReport report = judge(index, run);
  if (report.verdict == Verdict::kSkipped) return std::nullopt;
  const LegacyGrading& own = grading_of(tests_[index].group);
  const double score = report.verdict == Verdict::kAccepted
                           ? report.score.value_or(own.accept_score)
                           : own.reject_score;
  summary.test_scores[index] = score;
  return GraderResult{report.verdict, score};
}

std::optional<GraderResult> LegacyGrader::grade_folder(const Node& node, bool run,
                                                       const JudgeTest& judge,
                                                       ScoreSummary& summary) const {
  const LegacyGrading& grading = grading_of(node.folder);
  const std::string name = node.folder.empty() ? "data" : node.folder;
  std::vector<GraderResult> counted;
  bool stopped = false;
  for (const Node::Child& child : node.children) {
    std::optional<GraderResult> result;
    if (child.test) {
      result = grade_test(*child.test, run && !stopped, judge, summary);
    } else {
      result = grade_folder(*child.node, run && !stopped, judge, summary);
      if (node.folder.empty() && grading.ignore_sample && child.node->folder == "sample") {
        continue;
      }
    }
    if (!result) continue;
    counted.push_back(*result);
    if (result->verdict != Verdict::kAccepted && grading.on_reject_break) stopped = true;
  }
  if (counted.empty()) {
    summary.groups.push_back({name, Verdict::kSkipped, 0, std::nullopt, "not run"});
    return std::nullopt;
  }
  const GraderResult result = legacy_grade(grading, counted);
  GroupScore score{name, result.verdict, result.score, std::nullopt, ""};
  if (result.verdict == Verdict::kJudgeError &&
      (result.score < grading.range_min || result.score > grading.range_max)) {
    score.note = "score " + number(result.score) + " outside range";
  }
  summary.groups.push_back(score);
  return result;
}

ScoreSummary LegacyGrader::grade(const JudgeTest& judge) const {
  ScoreSummary summary;
  summary.test_scores.assign(tests_.size(), 0.0);
  const std::optional<GraderResult> total = grade_folder(*root_, true, judge, summary);
  summary.total = total ? total->score : 0;
  summary.verdict = total ? total->verdict : Verdict::kSkipped;
  return summary;
}

}  // namespace judge
