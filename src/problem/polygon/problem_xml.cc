#include "problem/polygon/problem_xml.h"

#include <charconv>
#include <cmath>
#include <set>

#include <pugixml.hpp>

#include "util/error.h"

namespace judge::problem::polygon {

namespace {

// One place that knows the file name, so every message names it.
class Reader {
 public:
  explicit Reader(std::string file) : file_(std::move(file)) {}

  [[noreturn]] void fail(const std::string& field, const std::string& why) const {
    throw ConfigError(file_, field, why);
  }

  std::int64_t positive_integer(const pugi::xml_node& node, const std::string& field) const {
    const std::string text = trimmed(node.text().get());
    if (node.empty() || text.empty()) fail(field, "is missing; expected a positive integer");
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value <= 0) {
      fail(field, "is \"" + text + "\"; expected a positive integer");
    }
    return value;
  }

  std::optional<double> points(const pugi::xml_attribute& attribute,
                               const std::string& field) const {
    if (attribute.empty()) return std::nullopt;
    const std::string text = trimmed(attribute.value());
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value) ||
        value < 0) {
      fail(field, "is \"" + text + "\"; expected a non-negative number of points");
    }
    return value;
  }

  bool boolean(const pugi::xml_attribute& attribute, const std::string& field) const {
    const std::string text = attribute.value();
    if (text.empty() || text == "false") return false;
    if (text == "true") return true;
    fail(field, "is \"" + text + "\"; expected true or false");
  }

  static std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
  }

 private:
  std::string file_;
};

// XML has no NUL character, yet pugixml decodes &#0; into one, and every value read from it ends
// there: "in&#0;/../x" would read as "in". Such a file is refused rather than read short.
bool has_nul_reference(const std::string& text) {
  for (auto at = text.find("&#"); at != std::string::npos; at = text.find("&#", at + 2)) {
    std::size_t digit = at + 2;
    const bool hex = digit < text.size() && (text[digit] == 'x' || text[digit] == 'X');
    if (hex) ++digit;
    while (digit < text.size() && text[digit] == '0') ++digit;
    if (digit > at + 2 + (hex ? 1 : 0) && digit < text.size() && text[digit] == ';') return true;
  }
  return false;
}

std::string english_name(const pugi::xml_node& root) {
  std::string any;
  for (const pugi::xml_node& name : root.child("names").children("name")) {
    if (std::string(name.attribute("language").value()) == "english") {
      return name.attribute("value").value();
    }
    if (any.empty()) any = name.attribute("value").value();
  }
  return any;
}

// judging@input-file / @output-file name a file in the solution's work dir: one plain name,
// nothing that could name another place (a path, ".", "..") or read as an option.
std::string plain_file_name(const Reader& reader, const pugi::xml_node& judging,
                            const char* attribute) {
  const pugi::xml_attribute found = judging.attribute(attribute);
  const std::string value = found.value();
  const std::string field = std::string("judging@") + attribute;
  if (value.empty()) return "";
  const bool bad = value.find('/') != std::string::npos || value == "." || value == ".." ||
                   value.front() == '-' || value.size() > 255 ||
                   value.find_first_of(std::string("\0\n\r", 3)) != std::string::npos;
  if (bad) {
    reader.fail(field, "is \"" + value +
                           "\"; expected a plain file name (no '/', not . or .., not starting with "
                           "'-'), such as input.txt, or \"\" for standard input and output");
  }
  return value;
}

void read_judging(const Reader& reader, const pugi::xml_node& judging, ProblemXml& xml) {
  xml.input_file = plain_file_name(reader, judging, "input-file");
  xml.output_file = plain_file_name(reader, judging, "output-file");
  const std::string run_count = judging.attribute("run-count").value();
  if (!run_count.empty() && run_count != "1") {
    reader.fail("judging@run-count", "is " + run_count +
                                         "; judge runs each test once (several runs are not "
                                         "implemented); set it to 1");
  }
  xml.checker_points_percent =
      reader.boolean(judging.attribute("treat-points-from-checker-as-percent"),
                     "judging@treat-points-from-checker-as-percent");
}

std::vector<XmlTest> read_tests(const Reader& reader, const pugi::xml_node& testset,
                                const std::string& at) {
  std::vector<XmlTest> tests;
  for (const pugi::xml_node& node : testset.child("tests").children("test")) {
    XmlTest test;
    test.number = static_cast<int>(tests.size()) + 1;
    const std::string field = at + "/tests/test[" + std::to_string(test.number) + "]";
    const std::string method = node.attribute("method").value();
    if (method == "generated") {
      test.generated = true;
    } else if (!method.empty() && method != "manual") {
      reader.fail(field + "@method", "is \"" + method + "\"; expected manual or generated");
    }
    test.command = node.attribute("cmd").value();
    test.sample = reader.boolean(node.attribute("sample"), field + "@sample");
    test.group = node.attribute("group").value();
    test.points = reader.points(node.attribute("points"), field + "@points");
    tests.push_back(test);
  }
  return tests;
}

std::vector<XmlGroup> read_groups(const Reader& reader, const pugi::xml_node& testset,
                                  const std::string& at) {
  std::vector<XmlGroup> groups;
  std::set<std::string> names;
  for (const pugi::xml_node& node : testset.child("groups").children("group")) {
    XmlGroup group;
    group.name = node.attribute("name").value();
    const std::string field = at + "/groups/group[" + std::to_string(groups.size() + 1) + "]";
    if (group.name.empty()) reader.fail(field + "@name", "is missing; every group has a name");
    if (!names.insert(group.name).second) {
      reader.fail(field + "@name", "\"" + group.name + "\" is defined twice");
    }
    group.points = reader.points(node.attribute("points"), field + "@points");
    const std::string policy = node.attribute("points-policy").value();
    if (policy == "each-test") {
      group.points_policy = PointsPolicy::kEachTest;
    } else if (policy.empty() || policy == "complete-group") {
      group.points_policy = PointsPolicy::kCompleteGroup;
    } else {
      reader.fail(field + "@points-policy",
                  "is \"" + policy + "\"; expected complete-group or each-test");
    }
    group.feedback_policy = node.attribute("feedback-policy").value();
    if (!group.feedback_policy.empty() && group.feedback_policy != "complete" &&
        group.feedback_policy != "icpc" && group.feedback_policy != "points" &&
        group.feedback_policy != "none") {
      reader.fail(field + "@feedback-policy",
                  "is \"" + group.feedback_policy + "\"; expected complete, icpc, points or none");
    }
    for (const pugi::xml_node& dependency : node.child("dependencies").children("dependency")) {
      const std::string on = dependency.attribute("group").value();
      if (on.empty()) reader.fail(field + "/dependencies/dependency@group", "is missing");
      group.dependencies.push_back(on);
    }
    groups.push_back(group);
  }
  return groups;
}

// <checker> or <interactor>: its <source path="...">; nullopt when there is none.
std::optional<XmlProgram> read_program(const pugi::xml_node& node) {
  const std::string path = node.child("source").attribute("path").value();
  if (path.empty()) return std::nullopt;
  return XmlProgram{path};
}

void read_checker(const Reader& reader, const pugi::xml_node& assets, ProblemXml& xml) {
  const pugi::xml_node checker = assets.child("checker");
  if (checker.empty()) return;
  const std::string type = checker.attribute("type").value();
  if (!type.empty() && type != "testlib") {
    reader.fail("assets/checker@type",
                "is \"" + type + "\"; judge runs testlib checkers only (type=\"testlib\")");
  }
  const std::string name = checker.attribute("name").value();
  const std::string prefix = "std::";
  if (name.starts_with(prefix)) {
    std::string standard = name.substr(prefix.size());
    if (standard.ends_with(".cpp")) standard.resize(standard.size() - 4);
    xml.standard_checker = standard;
  }
  xml.checker = read_program(checker);
  if (!xml.checker && xml.standard_checker.empty()) {
    reader.fail("assets/checker/source@path",
                "is missing; expected the checker's source (files/check.cpp) or a standard "
                "checker name (name=\"std::wcmp.cpp\")");
  }
}

}  // namespace

std::string testset_field(const std::string& testset) {
  return "judging/testset[@name='" + testset + "']";
}

ProblemXml parse_problem_xml(const std::string& text, const std::string& file,
                             const std::string& testset_name) {
  const Reader reader(file);
  pugi::xml_document document;
  // No DOCTYPE processing beyond skipping: pugixml never loads external entities.
  const pugi::xml_parse_result parsed = document.load_buffer(text.data(), text.size());
  if (!parsed) {
    reader.fail("", "is not well-formed XML at byte " + std::to_string(parsed.offset) + ": " +
                        parsed.description());
  }
  if (has_nul_reference(text)) {
    reader.fail("", "holds a character reference to NUL (&#0;), which XML does not allow");
  }
  const pugi::xml_node root = document.child("problem");
  if (root.empty()) reader.fail("problem", "is missing; expected a <problem> root element");

  ProblemXml xml;
  xml.name = english_name(root);
  const pugi::xml_node judging = root.child("judging");
  if (judging.empty()) reader.fail("judging", "is missing; expected <judging> with a testset");
  read_judging(reader, judging, xml);
  xml.testset = testset_name;
  const std::string at = testset_field(testset_name);
  const pugi::xml_node testset =
      judging.find_child_by_attribute("testset", "name", testset_name.c_str());
  if (testset.empty()) {
    std::string present;
    for (const pugi::xml_node& other : judging.children("testset")) {
      present += (present.empty() ? "" : ", ") + std::string(other.attribute("name").value());
    }
    reader.fail(at, "is missing; the package's testsets are: " +
                        (present.empty() ? std::string("none") : present) +
                        " (choose one with --testset)");
  }
  xml.time_limit_ms = reader.positive_integer(testset.child("time-limit"), at + "/time-limit");
  xml.memory_bytes = reader.positive_integer(testset.child("memory-limit"), at + "/memory-limit");
  xml.input_path_pattern = Reader::trimmed(testset.child("input-path-pattern").text().get());
  xml.answer_path_pattern = Reader::trimmed(testset.child("answer-path-pattern").text().get());
  if (xml.input_path_pattern.empty()) {
    reader.fail(at + "/input-path-pattern", "is missing; expected a pattern such as tests/%02d");
  }
  if (xml.answer_path_pattern.empty()) {
    reader.fail(at + "/answer-path-pattern", "is missing; expected a pattern such as tests/%02d.a");
  }
  xml.tests = read_tests(reader, testset, at);
  const std::int64_t count =
      reader.positive_integer(testset.child("test-count"), at + "/test-count");
  if (count != static_cast<std::int64_t>(xml.tests.size())) {
    reader.fail(at + "/test-count", "is " + std::to_string(count) + " but " +
                                        std::to_string(xml.tests.size()) +
                                        " <test> elements follow; they must agree");
  }
  xml.groups = read_groups(reader, testset, at);

  const pugi::xml_node assets = root.child("assets");
  read_checker(reader, assets, xml);
  xml.interactor = read_program(assets.child("interactor"));
  if (!assets.child("interactor").empty() && !xml.interactor) {
    reader.fail("assets/interactor/source@path", "is missing; expected the interactor's source");
  }
  for (const pugi::xml_node& resource : root.child("files").child("resources").children("file")) {
    const std::string path = resource.attribute("path").value();
    if (path.empty()) reader.fail("files/resources/file@path", "is missing");
    xml.resources.push_back(path);
  }
  return xml;
}

std::string expand_path_pattern(const std::string& pattern, int number, const std::string& file,
                                const std::string& field) {
  const auto percent = pattern.find('%');
  const auto bad = [&]() {
    throw ConfigError(file, field,
                      "is \"" + pattern + "\"; expected one %d or %0Nd, as in tests/%02d");
  };
  if (percent == std::string::npos) bad();
  std::size_t at = percent + 1;
  int width = 0;
  if (at < pattern.size() && pattern[at] == '0') {
    ++at;
    if (at >= pattern.size() || pattern[at] < '1' || pattern[at] > '9') bad();
    width = pattern[at] - '0';
    ++at;
  }
  if (at >= pattern.size() || pattern[at] != 'd') bad();
  const std::string rest = pattern.substr(at + 1);
  if (rest.find('%') != std::string::npos) bad();
  std::string digits = std::to_string(number);
  if (static_cast<int>(digits.size()) < width) {
    digits.insert(0, static_cast<std::size_t>(width) - digits.size(), '0');
  }
  return pattern.substr(0, percent) + digits + rest;
}

}  // namespace judge::problem::polygon
