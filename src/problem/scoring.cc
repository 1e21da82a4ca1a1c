#include "problem/scoring.h"

#include <algorithm>
#include <map>

#include "util/error.h"

namespace judge::problem {

namespace {

const ScoringGroup* find_group(const std::vector<ScoringGroup>& groups, const std::string& name) {
  for (const ScoringGroup& group : groups) {
    if (group.name == name) return &group;
  }
  return nullptr;
}

void check_require_pass(const ScoringGroup& group, const std::vector<ScoringGroup>& groups) {
  for (const std::string& required : group.require_pass) {
    if (required == "sample") continue;
    const ScoringGroup* other = find_group(groups, required);
    std::string why;
    if (group.name == "secret") {
      why = "secret may only require sample";
    } else if (other == nullptr || other->name == "secret") {
      why = "\"" + required + "\" is not a test data group (write it as secret/NAME)";
    } else if (!(other->name < group.name)) {
      why = "\"" + required + "\" does not come before " + group.name + " (only earlier groups)";
    } else if (other->aggregation != ScoreAggregation::kPassFail) {
      why = "\"" + required + "\" is not a pass-fail group";
    }
    if (!why.empty()) throw ConfigError(group.defined_in, "require_pass", why);
  }
}

}  // namespace

std::string scoring_group_of(const TestCase& test, const std::vector<ScoringGroup>& groups) {
  if (test.is_sample) return "";
  const std::string prefix = "secret/";
  if (test.group.starts_with(prefix)) {
    const std::string rest = test.group.substr(prefix.size());
    const std::string first = "secret/" + rest.substr(0, rest.find('/'));
    if (find_group(groups, first) != nullptr) return first;
  }
  return "secret";
}

void assign_group_points(std::vector<TestCase>& tests, const std::vector<ScoringGroup>& groups) {
  std::map<std::string, int> tests_in_group;
  for (const TestCase& test : tests) ++tests_in_group[scoring_group_of(test, groups)];
  for (const ScoringGroup& group : groups) {
    check_require_pass(group, groups);
  }
  for (TestCase& test : tests) {
    if (test.is_sample) {
      test.points = 0.0;
      continue;
    }
    const ScoringGroup* group = find_group(groups, scoring_group_of(test, groups));
    if (group != nullptr && group->aggregation == ScoreAggregation::kPassFail &&
        !group->max_score) {
      test.points = 0.0;  // a pass-fail group without max_score: a gate worth no points
    } else if (group == nullptr || !group->max_score) {
      test.points.reset();
    } else if (group->aggregation == ScoreAggregation::kMin) {
      test.points = *group->max_score;
    } else {
      test.points = *group->max_score / tests_in_group.at(group->name);
    }
  }
}

void assign_legacy_points(std::vector<TestCase>& tests, const std::vector<LegacyGrading>& folders) {
  for (TestCase& test : tests) {
    auto folder = std::find_if(folders.begin(), folders.end(),
                               [&](const LegacyGrading& g) { return g.folder == test.group; });
    test.points = folder == folders.end() ? 1.0 : folder->accept_score;
  }
}

}  // namespace judge::problem
