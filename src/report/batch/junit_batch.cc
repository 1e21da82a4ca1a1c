// JUnit XML over many submissions: CI systems (GitLab, Jenkins, GitHub test reporters) show one
// suite per student or team, so each submission is a <testsuite> named by its id.
#include <cstdio>
#include <string>

#include "report/batch/formats.h"
#include "report/batch/safe_text.h"
#include "report/xml_escape.h"

namespace judge::report::batch {

namespace {

std::string attr(std::string_view text) {
  return xml_escape(visible_text(text), XmlContext::kAttribute);
}

std::string text_node(std::string_view text) {
  return xml_escape(visible_lines(text), XmlContext::kText);
}

// Milliseconds as JUnit's seconds ("1.250"), in integers so the same record prints the same.
std::string seconds(std::int64_t ms) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%lld.%03lld", static_cast<long long>(ms / 1000),
                static_cast<long long>(ms % 1000));
  return buffer;
}

struct Counts {
  int tests = 0;
  int failures = 0;
  int errors = 0;
  int skipped = 0;
  std::int64_t time_ms = 0;

  void add(const Counts& other) {
    tests += other.tests;
    failures += other.failures;
    errors += other.errors;
    skipped += other.skipped;
    time_ms += other.time_ms;
  }

  std::string attributes() const {
    return "tests=\"" + std::to_string(tests) + "\" failures=\"" + std::to_string(failures) +
           "\" errors=\"" + std::to_string(errors) + "\" skipped=\"" + std::to_string(skipped) +
           "\" time=\"" + seconds(time_ms) + "\"";
  }
};

std::string details(const TestResult& test) {
  std::string out = "cpu " + std::to_string(test.cpu_ms) + " ms, wall " +
                    std::to_string(test.wall_ms) + " ms, memory " +
                    std::to_string(test.memory_bytes) + " bytes\n";
  if (!test.message.empty()) out += "message: " + test.message + "\n";
  if (!test.judge_message.empty()) out += "judge message: " + test.judge_message + "\n";
  if (test.difference) {
    out += "first difference at line " + std::to_string(test.difference->line) + ", token " +
           std::to_string(test.difference->token) + ": expected '" + test.difference->expected +
           "', got '" + test.difference->got + "'\n";
  }
  return out;
}

std::string outcome(const char* element, const std::string& verdict, const std::string& message,
                    const std::string& body) {
  const std::string summary = message.empty() ? verdict : verdict + ": " + message;
  return std::string("      <") + element + " message=\"" + attr(summary) + "\" type=\"" +
         attr(verdict) + "\">" + text_node(body) + "</" + element + ">\n";
}

std::string testcase(const std::string& classname, const TestResult& test, Counts& counts) {
  ++counts.tests;
  counts.time_ms += test.wall_ms;
  std::string out = "    <testcase name=\"" + attr(test.name) + "\" classname=\"" +
                    attr(classname) + "\" time=\"" + seconds(test.wall_ms) + "\"";
  if (test.verdict == "AC") return out + "/>\n";
  out += ">\n";
  if (test.verdict == "SKIPPED") {
    ++counts.skipped;
    out += "      <skipped/>\n";
  } else if (is_judge_failure(test.verdict)) {
    ++counts.errors;
    out += outcome("error", test.verdict, test.message, details(test));
  } else {
    ++counts.failures;
    out += outcome("failure", test.verdict, test.message, details(test));
  }
  return out + "    </testcase>\n";
}

// A submission that did not compile has no tests: one "compile" case keeps its suite red.
std::string compile_case(const Submission& submission, const std::string& classname,
                         Counts& counts) {
  ++counts.tests;
  const bool failed = submission.compile_status == "failed";
  ++(failed ? counts.failures : counts.errors);
  return "    <testcase name=\"compile\" classname=\"" + attr(classname) + "\" time=\"0.000\">\n" +
         outcome(failed ? "failure" : "error", failed ? "CE" : "IE", "",
                 submission.compile_message) +
         "    </testcase>\n";
}

std::string property(std::string_view name, std::string_view value) {
  return "      <property name=\"" + attr(name) + "\" value=\"" + attr(value) + "\"/>\n";
}

std::string suite(const Submission& submission, Counts& totals) {
  // Viewers group by dotted class names: "alice.secret".
  const auto classname = [&](const std::string& group) {
    std::string name = submission.id + (group.empty() ? "" : "." + group);
    for (char& c : name) c = c == '/' ? '.' : c;
    return name;
  };
  Counts counts;
  std::string cases;
  if (submission.compile_status == "failed" || submission.compile_status == "internal_error") {
    cases += compile_case(submission, classname(""), counts);
  }
  for (const TestResult& test : submission.tests)
    cases += testcase(classname(test.group), test, counts);
  totals.add(counts);
  std::string properties = "    <properties>\n" + property("verdict", submission.verdict);
  if (submission.score) properties += property("score", format_number(*submission.score));
  if (submission.max_score)
    properties += property("max_score", format_number(*submission.max_score));
  properties += property("solution", submission.solution);
  properties += property("language", submission.language);
  properties += "    </properties>\n";
  return "  <testsuite name=\"" + attr(submission.id) + "\" " + counts.attributes() + ">\n" +
         properties + cases + "  </testsuite>\n";
}

}  // namespace

std::string to_junit(const std::vector<Submission>& submissions) {
  Counts totals;
  std::string suites;
  for (const Submission& submission : submissions) suites += suite(submission, totals);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"judge grade\" " +
         totals.attributes() + ">\n" + suites + "</testsuites>\n";
}

}  // namespace judge::report::batch
