// Shared helpers for the problem loader tests.
#pragma once

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "problem/problem.h"
#include "util/error.h"

namespace judge::problem::testing {

inline std::filesystem::path fixture(const std::string& name) {
  return std::filesystem::path(JUDGE_TEST_FIXTURES) / "problem" / name;
}

// The ConfigError load_problem(dir) throws; fails the test when it loads or throws otherwise.
inline ConfigError load_error(const std::filesystem::path& dir) {
  try {
    load_problem(dir);
  } catch (const ConfigError& error) {
    return error;
  }
  FAIL("load_problem(" << dir.string() << ") did not throw a ConfigError");
  throw std::logic_error("unreachable");
}

inline std::vector<std::string> test_names(const Problem& problem) {
  std::vector<std::string> names;
  for (const TestCase& test : problem.tests) names.push_back(test.name);
  return names;
}

inline std::vector<std::string> args(std::initializer_list<const char*> list) {
  return std::vector<std::string>(list.begin(), list.end());
}

}  // namespace judge::problem::testing
