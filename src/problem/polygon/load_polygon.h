// A Polygon package (problem.xml at its root), judged as it is: one testset of problem.xml
// ("tests" unless --testset names another) mapped onto the judge's problem model.
//
//   - limits: time-limit (ms) and memory-limit (bytes) of the testset;
//   - tests: input-path-pattern and answer-path-pattern (tests/%02d, tests/%02d.a) for each
//     <test>, in order; a missing generated test is refused with the fix (run doall.sh);
//   - scoring: a problem is scoring when a test or a group has points. Each group becomes
//     secret/<name>: complete-group earns its points (the group's, else the sum of its tests')
//     only when every test passes, each-test adds the points of the tests that pass; a group
//     whose dependencies did not all pass earns 0. Samples count as the tests of their group;
//   - checker: a standard testlib checker (std::wcmp.cpp) is the built-in one, any other is the
//     package's testlib source, compiled with the headers of files/resources (testlib.h);
//   - interactor: a testlib interactor talks to the submission; with a checker too, the checker
//     then judges the interactor's output file (tout) against the answer, as Polygon does.
//
// Every path problem.xml names must stay inside the package: no absolute path, no "..", no link
// leading out (ConfigError otherwise).
#pragma once

#include <filesystem>
#include <string>

#include "problem/problem.h"

namespace judge::problem::polygon {

// testset: the testset judged ("tests", or "pretests"); ConfigError naming it when absent.
Problem load_polygon(const std::filesystem::path& dir, const std::string& testset = "tests");

}  // namespace judge::problem::polygon
