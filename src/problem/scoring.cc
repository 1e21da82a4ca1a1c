#include "problem/scoring.h"

#include <map>

#include "util/error.h"

namespace judge::problem {

namespace {

bool inside_group(const std::string& group, const std::string& folder) {
  return group == folder || group.starts_with(folder + "/");
}

}  // namespace

void assign_points(std::vector<TestCase>& tests, const std::vector<PointsRule>& rules) {
  if (rules.size() != tests.size()) {
    throw InternalError("assign_points: one rule per test case expected");
  }
  std::map<std::string, int> tests_in_folder;
  for (const PointsRule& rule : rules) {
    if (rule.split_over_group) tests_in_folder.emplace(*rule.split_over_group, 0);
  }
  for (auto& [folder, count] : tests_in_folder) {
    for (const TestCase& test : tests) count += inside_group(test.group, folder) ? 1 : 0;
  }
  for (std::size_t i = 0; i < tests.size(); ++i) {
    const PointsRule& rule = rules[i];
    tests[i].points = rule.split_over_group
                          ? rule.value / tests_in_folder.at(*rule.split_over_group)
                          : rule.value;
  }
}

}  // namespace judge::problem
