#include <catch2/catch.hpp>
#include <sstream>

#include "golden.h"
#include "report/reporter.h"
#include "sample_reports.h"

namespace judge::report {
namespace {

using testing::make_test;
using testing::sample_report;

// Feeds the reporter the events a judge session would, with the report growing as tests finish.
std::string render(const JudgeReport& report, TextOptions options) {
  std::ostringstream out;
  const auto reporter = make_text_reporter(out, options);
  JudgeReport so_far = report;
  so_far.tests.clear();
  reporter->on_start(so_far);
  reporter->on_compile(so_far);
  for (const TestOutcome& test : report.tests) {
    so_far.tests.push_back(test);
    reporter->on_test(so_far, test);
  }
  reporter->on_finish(report);
  return out.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_CASE("text output without color matches the golden files", "[report][text]") {
  for (const testing::NamedReport& sample : testing::sample_reports()) {
    SECTION(sample.name) {
      const std::string actual = render(sample.report, {.color = false, .verbose = false});
      CHECK(actual == testing::golden_text(sample.name + ".txt", actual));
    }
  }
}

TEST_CASE("verbose text output matches the golden files", "[report][text]") {
  for (const std::string name : {"wa", "re_signal", "ce", "mixed"}) {
    SECTION(name) {
      const std::string actual = render(sample_report(name), {.color = false, .verbose = true});
      CHECK(actual == testing::golden_text(name + ".verbose.txt", actual));
    }
  }
}

TEST_CASE("color off emits no escape codes at all", "[report][text]") {
  for (const testing::NamedReport& sample : testing::sample_reports()) {
    for (const bool verbose : {false, true}) {
      const std::string text = render(sample.report, {.color = false, .verbose = verbose});
      INFO(sample.name << " verbose=" << verbose);
      CHECK(text.find('\x1b') == std::string::npos);
    }
  }
}

TEST_CASE("color on paints each verdict in its color", "[report][text]") {
  const std::string wa = render(sample_report("wa"), {.color = true, .verbose = false});
  CHECK(wa.find("\x1b[32mAC \x1b[0m") != std::string::npos);  // green, padded inside the color
  CHECK(wa.find("\x1b[31mWA \x1b[0m") != std::string::npos);  // red
  CHECK(wa.find("Result: \x1b[31mWA\x1b[0m") != std::string::npos);
  CHECK(render(sample_report("tle"), {}).find("\x1b[33mTLE\x1b[0m") != std::string::npos);
  CHECK(render(sample_report("re_signal"), {}).find("\x1b[35mRE \x1b[0m") != std::string::npos);
  const std::string mixed = render(sample_report("mixed"), {});
  CHECK(mixed.find("\x1b[33mMLE\x1b[0m") != std::string::npos);
  CHECK(mixed.find("\x1b[33mOLE\x1b[0m") != std::string::npos);
  CHECK(mixed.find("\x1b[1;31mJE \x1b[0m") != std::string::npos);  // bold red
  CHECK(mixed.find("\x1b[1;31mIE \x1b[0m") != std::string::npos);
}

TEST_CASE("one line per test as it finishes, columns aligned", "[report][text]") {
  std::ostringstream out;
  const auto reporter = make_text_reporter(out, {.color = false, .verbose = false});
  const JudgeReport report = sample_report("wa");
  reporter->on_test(report, report.tests[0]);
  CHECK(out.str() == "  sample/1              AC   cpu    12 ms  wall    16 ms  mem    3.1 MiB\n");
  reporter->on_test(report, report.tests[1]);
  const std::vector<std::string> lines = lines_of(out.str());
  REQUIRE(lines.size() == 2);
  CHECK(lines[1].find("cpu") == lines[0].find("cpu"));
  CHECK(lines[1].find("mem") == lines[0].find("mem"));
  CHECK(lines[1].substr(lines[1].find("mem") + 14) == "  line 3, token 5: expected '42', got '41'");
}

TEST_CASE("a WA without a difference shows the validator's first line", "[report][text]") {
  const std::string text = render(sample_report("scored"), {.color = false, .verbose = false});
  CHECK(text.find("  sum is off by one\n") != std::string::npos);
  CHECK(text.find("second line of detail") == std::string::npos);
}

TEST_CASE("a solution cannot write escape codes to the terminal", "[report][text]") {
  JudgeReport report = sample_report("wa");
  TestOutcome& wa = report.tests[1];
  wa.difference = Difference{1, 1, "ok", "\x1b[2J\x1b[31mgotcha"};
  wa.output_excerpt =
      "line\x1b]0;title\x07\n\xc2\x9b"
      "31m\n";  // OSC and a C1 CSI
  wa.run.stderr_text = "bad \xff byte\n";
  const std::string text = render(report, {.color = false, .verbose = true});
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find('\x07') == std::string::npos);
  CHECK(text.find("\xc2\x9b") == std::string::npos);
  CHECK(text.find("got '\\x1b[2J\\x1b[31mgotcha'") != std::string::npos);
  CHECK(text.find("line\\x1b]0;title\\x07") != std::string::npos);
  CHECK(text.find("\\u009b31m") != std::string::npos);
  CHECK(text.find("bad \xEF\xBF\xBD byte") != std::string::npos);
}

TEST_CASE("verbose excerpts are cut to ten lines", "[report][text]") {
  JudgeReport report = sample_report("wa");
  std::string long_output;
  for (int i = 1; i <= 25; ++i) long_output += std::to_string(i) + "\n";
  report.tests[1].output_excerpt = long_output;
  const std::string text = render(report, {.color = false, .verbose = true});
  CHECK(text.find("        10\n        ... (15 more lines)\n") != std::string::npos);
  CHECK(text.find("        11\n") == std::string::npos);
}

TEST_CASE("without verbose no excerpts are shown", "[report][text]") {
  const std::string text = render(sample_report("wa"), {.color = false, .verbose = false});
  CHECK(text.find("expected:") == std::string::npos);
  CHECK(text.find("20 22") == std::string::npos);
}

TEST_CASE("the summary counts passed tests and shows the score", "[report][text]") {
  const std::vector<std::string> lines =
      lines_of(render(sample_report("scored"), {.color = false, .verbose = false}));
  REQUIRE_FALSE(lines.empty());
  CHECK(lines.back() ==
        "Result: WA  1/2 tests passed  max cpu 12 ms  max memory 3.1 MiB  score 40/100");
}

TEST_CASE("a compile error prints the compiler message, trimmed and indented", "[report][text]") {
  const std::string text = render(sample_report("ce"), {.color = false, .verbose = false});
  CHECK(text.find("Compile: CE after 812 ms\n    sol.cpp: In function 'int main()':\n") !=
        std::string::npos);
  CHECK(text.find("Result: CE  0/3 tests passed") != std::string::npos);
}

}  // namespace
}  // namespace judge::report
