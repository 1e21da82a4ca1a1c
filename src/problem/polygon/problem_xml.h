// Reading a Polygon package's problem.xml (the file Codeforces Polygon writes at a package's
// root) into plain data, with pugixml. Only what judging needs is kept; what judge reads but does
// not implement (several runs, a checker of another type) is refused here by name, so such a
// package is never judged as something else. Paths are kept as written; load_polygon.cc checks that
// they stay inside the package.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace judge::problem::polygon {

struct XmlTest {
  int number = 0;          // 1-based, as in the path patterns
  bool generated = false;  // method="generated": made by a generator (doall.sh)
  std::string command;     // cmd, for the message when the file is missing
  bool sample = false;
  std::string group;  // "" when the test has no group
  std::optional<double> points;
};

enum class PointsPolicy { kCompleteGroup, kEachTest };

struct XmlGroup {
  std::string name;
  std::optional<double> points;
  PointsPolicy points_policy = PointsPolicy::kCompleteGroup;
  std::string feedback_policy;  // complete | icpc | points | none: what contestants see only
  std::vector<std::string> dependencies;
};

struct XmlProgram {
  std::string source;  // source@path, relative to the package
};

struct ProblemXml {
  std::string name;  // names/name@value (English when there are several); "" when absent
  std::int64_t time_limit_ms = 0;
  std::int64_t memory_bytes = 0;
  std::string input_path_pattern;   // "tests/%02d"
  std::string answer_path_pattern;  // "tests/%02d.a"
  std::vector<XmlTest> tests;
  std::vector<XmlGroup> groups;
  // The checker: a standard one ("std::wcmp.cpp" gives "wcmp") and/or its source.
  std::string standard_checker;
  std::optional<XmlProgram> checker;
  std::optional<XmlProgram> interactor;
  std::vector<std::string> resources;  // files/resources/file@path (testlib.h, ...)
  // judging@input-file and @output-file: plain file names in the work dir; "" = stdin/stdout.
  std::string input_file;
  std::string output_file;
  bool checker_points_percent = false;  // judging@treat-points-from-checker-as-percent
  std::string testset = "tests";        // the testset judged
};

// text: problem.xml's contents; file: its path, for messages; testset: the testset to judge
// ("tests", "pretests"). Throws ConfigError naming the file and the element or attribute (as an
// XPath: "judging/testset[@name='tests']/time-limit").
ProblemXml parse_problem_xml(const std::string& text, const std::string& file,
                             const std::string& testset = "tests");

// The XPath of a testset, for messages: "judging/testset[@name='tests']".
std::string testset_field(const std::string& testset);

// The path a pattern gives for a test: "tests/%02d" and 7 give "tests/07". Only one %d (with an
// optional zero-padded width) is allowed; ConfigError naming field otherwise.
std::string expand_path_pattern(const std::string& pattern, int number, const std::string& file,
                                const std::string& field);

}  // namespace judge::problem::polygon
