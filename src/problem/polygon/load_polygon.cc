#include "problem/polygon/load_polygon.h"

#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <system_error>

#include "problem/checker_choice.h"
#include "problem/folder_listing.h"
#include "problem/polygon/problem_xml.h"
#include "util/error.h"

namespace judge::problem::polygon {

namespace fs = std::filesystem;

namespace {

// problem.xml of a real package is a few hundred KiB at most; a huge one is not a package.
constexpr std::uintmax_t kMaxXmlBytes = 16u << 20;

std::string read_xml(const fs::path& file) {
  std::error_code ec;
  const fs::file_status status = fs::symlink_status(file, ec);
  if (!fs::is_regular_file(status)) {
    throw ConfigError(file.string(), "", "is not a regular file; expected Polygon's problem.xml");
  }
  if (fs::file_size(file, ec) > kMaxXmlBytes) {
    throw ConfigError(file.string(), "", "is larger than 16 MiB; expected Polygon's problem.xml");
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) throw ConfigError(file.string(), "", "cannot be read");
  return text.str();
}

// The package file problem.xml names at `field`, resolved; nullopt when it does not exist.
// Anything that could lead out of the package is refused, whatever exists there.
class PackagePaths {
 public:
  PackagePaths(const fs::path& dir, fs::path xml)
      : root_(resolve_links(dir)), xml_(std::move(xml)) {}

  // A path (or a path pattern) that names nothing outside the package by its spelling.
  void check_relative(const std::string& relative, const std::string& field) const {
    const fs::path path(relative);
    if (relative.empty() || path.is_absolute()) {
      fail(field, relative, "is not a relative path inside the package");
    }
    for (const fs::path& part : path) {
      if (part == "..") fail(field, relative, "leaves the package (\"..\")");
    }
  }

  std::optional<fs::path> find(const std::string& relative, const std::string& field) const {
    check_relative(relative, field);
    const fs::path path(relative);
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(root_ / path, ec))) return std::nullopt;
    const fs::path resolved = fs::canonical(root_ / path, ec);
    if (ec) fail(field, relative, "cannot be resolved: " + ec.message());
    const auto [end, unused] =
        std::mismatch(root_.begin(), root_.end(), resolved.begin(), resolved.end());
    if (end != root_.end()) fail(field, relative, "is a link leading out of the package");
    if (!fs::is_regular_file(fs::status(resolved, ec))) {
      fail(field, relative, "is not a regular file");
    }
    return resolved;
  }

  [[noreturn]] void fail(const std::string& field, const std::string& relative,
                         const std::string& why) const {
    throw ConfigError(xml_.string(), field, "\"" + relative + "\" " + why);
  }

  const fs::path& xml() const { return xml_; }

 private:
  fs::path root_;
  fs::path xml_;
};

std::vector<TestCase> collect_tests(const ProblemXml& xml, const PackagePaths& paths,
                                    bool interactive) {
  const std::string kTestsField = testset_field(xml.testset);
  paths.check_relative(xml.input_path_pattern, kTestsField + "/input-path-pattern");
  paths.check_relative(xml.answer_path_pattern, kTestsField + "/answer-path-pattern");
  std::vector<TestCase> tests;
  for (const XmlTest& entry : xml.tests) {
    const std::string field = kTestsField + "/tests/test[" + std::to_string(entry.number) + "]";
    const std::string input =
        expand_path_pattern(xml.input_path_pattern, entry.number, paths.xml().string(),
                            kTestsField + "/input-path-pattern");
    const std::string answer =
        expand_path_pattern(xml.answer_path_pattern, entry.number, paths.xml().string(),
                            kTestsField + "/answer-path-pattern");
    const std::optional<fs::path> input_file = paths.find(input, field);
    if (!input_file) {
      paths.fail(field, input,
                 entry.generated
                     ? "is generated (" + entry.command +
                           ") and absent from the package; run doall.sh in the package (Polygon's "
                           "full package generates its tests with it), or download the package "
                           "with its generated tests"
                     : "is missing from the package");
    }
    const std::optional<fs::path> answer_file = paths.find(answer, field);
    if (!answer_file && !interactive) {
      paths.fail(field, answer,
                 "is missing; run doall.sh in the package (it writes the answers with the main "
                 "solution), or download the package with its generated tests");
    }
    TestCase test;
    test.name = input;
    test.input = *input_file;
    if (answer_file) test.answer = *answer_file;
    test.is_sample = entry.sample;
    tests.push_back(test);
  }
  return tests;
}

bool has_points(const ProblemXml& xml) {
  for (const XmlTest& test : xml.tests) {
    if (test.points) return true;
  }
  for (const XmlGroup& group : xml.groups) {
    if (group.points) return true;
  }
  return false;
}

// Pass-fail: samples first in the report's eyes, nothing scored.
void place_pass_fail(const ProblemXml& xml, std::vector<TestCase>& tests) {
  for (std::size_t i = 0; i < tests.size(); ++i) {
    const std::string& group = xml.tests[i].group;
    tests[i].group = tests[i].is_sample ? "sample" : group.empty() ? "secret" : "secret/" + group;
  }
}

// Scoring: every test in secret/<group> (or secret when there are no groups), worth its points.
// Polygon scores samples like any test of their group, so they are not samples here.
std::vector<ScoringGroup> place_scoring(const ProblemXml& xml, std::vector<TestCase>& tests,
                                        const std::string& file) {
  const std::string kTestsField = testset_field(xml.testset);
  std::map<std::string, const XmlGroup*> declared;
  for (const XmlGroup& group : xml.groups) declared[group.name] = &group;
  std::vector<std::string> order;  // declared groups first, then the others as tests name them
  for (const XmlGroup& group : xml.groups) order.push_back(group.name);
  std::map<std::string, double> test_points;
  bool grouped = false;
  bool ungrouped = false;
  for (std::size_t i = 0; i < tests.size(); ++i) {
    const XmlTest& entry = xml.tests[i];
    tests[i].is_sample = false;
    tests[i].points = entry.points.value_or(0);
    if (entry.group.empty()) {
      ungrouped = true;
      tests[i].group = "secret";
      continue;
    }
    grouped = true;
    tests[i].group = "secret/" + entry.group;
    if (!declared.contains(entry.group) && !test_points.contains(entry.group)) {
      order.push_back(entry.group);
    }
    test_points[entry.group] += tests[i].points.value_or(0);
  }
  if (grouped && ungrouped) {
    throw ConfigError(file, kTestsField + "/tests/test@group",
                      "some tests have a group and some do not; give every test a group");
  }

  std::vector<ScoringGroup> groups;
  for (const std::string& name : order) {
    ScoringGroup group;
    group.name = "secret/" + name;
    group.defined_in = file;
    const auto found = declared.find(name);
    const XmlGroup* xml_group = found == declared.end() ? nullptr : found->second;
    const double sum = test_points.contains(name) ? test_points.at(name) : 0.0;
    const std::string field = kTestsField + "/groups/group[@name='" + name + "']";
    if (xml_group == nullptr || xml_group->points_policy == PointsPolicy::kEachTest) {
      group.aggregation = ScoreAggregation::kSum;
      group.max_score = sum;
      if (xml_group != nullptr && xml_group->points && std::abs(*xml_group->points - sum) > 1e-9) {
        throw ConfigError(file, field + "@points",
                          "is " + std::to_string(*xml_group->points) +
                              " but its tests' points add up to " + std::to_string(sum) +
                              " (points-policy each-test scores test by test); make them agree");
      }
    } else {
      group.aggregation = ScoreAggregation::kPassFail;
      group.max_score = xml_group->points.value_or(sum);
    }
    if (xml_group != nullptr) {
      for (const std::string& dependency : xml_group->dependencies) {
        if (!declared.contains(dependency) && !test_points.contains(dependency)) {
          throw ConfigError(file, field + "/dependencies/dependency@group",
                            "names \"" + dependency + "\", which is not a group of the testset");
        }
        group.require_pass.push_back("secret/" + dependency);
      }
    }
    groups.push_back(group);
  }
  ScoringGroup secret;
  secret.name = "secret";
  secret.aggregation = ScoreAggregation::kSum;
  secret.defined_in = file;
  if (!grouped) {
    double total = 0;
    for (const TestCase& test : tests) total += test.points.value_or(0);
    secret.max_score = total;
  }
  groups.push_back(secret);
  return groups;
}

bool is_header(const fs::path& file) {
  const std::string extension = file.extension().string();
  return extension == ".h" || extension == ".hpp" || extension == ".hh";
}

ValidatorSpec choose_checker(const ProblemXml& xml, const PackagePaths& paths) {
  ValidatorSpec spec;
  const auto source_of = [&](const XmlProgram& program, const std::string& field) {
    const std::optional<fs::path> file = paths.find(program.source, field);
    if (!file) paths.fail(field, program.source, "is missing from the package");
    return *file;
  };
  const auto program = [&](const XmlProgram& source, const std::string& field) {
    spec.kind = ValidatorSpec::Kind::kCustom;
    spec.custom_path = source_of(source, field);
    spec.protocol = CheckerProtocol::kTestlib;
    spec.testlib = true;
    // testlib.h and the other headers the source includes, staged beside it.
    for (const std::string& resource : xml.resources) {
      if (!is_header(resource)) continue;
      const std::optional<fs::path> header = paths.find(resource, "files/resources/file@path");
      if (!header) paths.fail("files/resources/file@path", resource, "is missing from the package");
      spec.extra_files.push_back(*header);
    }
  };
  const bool builtin =
      !xml.standard_checker.empty() && is_standard_checker_name(xml.standard_checker);
  if (xml.interactor) {
    program(*xml.interactor, "assets/interactor/source@path");
    spec.interactive = true;
    // With a checker, Polygon checks the interactor's output file (tout) with it.
    if (builtin) {
      spec.tout_checker = ValidatorSpec::ToutChecker{{}, xml.standard_checker};
    } else if (xml.checker) {
      spec.tout_checker =
          ValidatorSpec::ToutChecker{source_of(*xml.checker, "assets/checker/source@path"), ""};
    }
  } else if (builtin) {
    spec.protocol = CheckerProtocol::kBuiltin;
    spec.builtin_name = xml.standard_checker;
    return spec;
  } else if (xml.checker) {
    program(*xml.checker, "assets/checker/source@path");
  }
  if (!xml.standard_checker.empty() && !builtin && !xml.checker) {
    throw ConfigError(paths.xml().string(), "assets/checker@name",
                      "names std::" + xml.standard_checker +
                          ".cpp, which is not built in and has no source in the package; add "
                          "<source path=\"files/check.cpp\"/> with its source");
  }
  if (spec.kind == ValidatorSpec::Kind::kDefault) {
    throw ConfigError(paths.xml().string(), "assets/checker",
                      "is missing; expected a testlib checker (source or std::NAME.cpp)");
  }
  return spec;
}

}  // namespace

Problem load_polygon(const fs::path& dir, const std::string& testset) {
  const fs::path file = dir / "problem.xml";
  const ProblemXml xml = parse_problem_xml(read_xml(file), file.string(), testset);
  const PackagePaths paths(dir, file);
  if (xml.tests.empty()) {
    throw ConfigError(file.string(), testset_field(testset) + "/tests",
                      "holds no <test>; nothing to judge");
  }

  Problem problem;
  problem.dir = dir;
  problem.format = PackageFormat::kPolygon;
  problem.name =
      xml.name.empty() ? fs::absolute(dir).lexically_normal().filename().string() : xml.name;
  problem.limits.time_limit_ms = xml.time_limit_ms;
  problem.limits.memory_bytes = xml.memory_bytes;
  problem.limits.time_limit_source = "problem.xml";
  problem.validator = choose_checker(xml, paths);
  problem.input_file = xml.input_file;
  problem.output_file = xml.output_file;
  problem.checker_points_percent = xml.checker_points_percent;
  if (problem.validator.interactive && !(xml.input_file.empty() && xml.output_file.empty())) {
    throw ConfigError(file.string(),
                      xml.input_file.empty() ? "judging@output-file" : "judging@input-file",
                      "names a file, but an interactive problem talks to its interactor on "
                      "stdin and stdout (a named file with an interactor is not implemented); "
                      "set it to \"\"");
  }
  // An interactive test needs no answer, unless a checker compares the interactor's tout to it.
  problem.tests =
      collect_tests(xml, paths, problem.validator.interactive && !problem.validator.tout_checker);
  if (has_points(xml)) {
    problem.type = ProblemType::kScoring;
    problem.scoring_groups = place_scoring(xml, problem.tests, file.string());
  } else {
    place_pass_fail(xml, problem.tests);
  }
  return problem;
}

}  // namespace judge::problem::polygon
