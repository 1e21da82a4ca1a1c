#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "golden.h"
#include "report/reporter.h"
#include "sample_reports.h"
#include "temp_dir.h"
#include "util/error.h"

namespace judge::report {
namespace {

namespace fs = std::filesystem;
using testing::sample_report;

using judge::testing::TempDir;

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(needle); pos != text.npos; pos = text.find(needle, pos + 1)) ++n;
  return n;
}

// xmllint from libxml2-utils checks well-formedness; the test is skipped where it is missing.
bool have_xmllint() {
  return std::system("xmllint --version >/dev/null 2>&1") == 0;
}

TEST_CASE("to_junit_xml matches the golden files", "[report][junit]") {
  for (const testing::NamedReport& sample : testing::sample_reports()) {
    SECTION(sample.name) {
      const std::string actual = to_junit_xml(sample.report);
      CHECK(actual == testing::golden_text(sample.name + ".xml", actual));
    }
  }
}

TEST_CASE("JUnit counts failures, errors and skipped tests", "[report][junit]") {
  const std::string xml = to_junit_xml(sample_report("mixed"));
  CHECK(count(xml, "tests=\"5\" failures=\"2\" errors=\"2\" skipped=\"1\"") == 2);
  CHECK(count(xml, "<testcase ") == 5);
  CHECK(count(xml, "<failure message=\"MLE: ") == 1);
  CHECK(count(xml, "<failure message=\"OLE: output limit exceeded\" type=\"OLE\">") == 1);
  CHECK(count(xml, "<error message=\"JE: ") == 1);
  CHECK(count(xml, "<error message=\"IE: mount(/usr): Permission denied\" type=\"IE\">") == 1);
  CHECK(count(xml, "<skipped/>") == 1);
}

TEST_CASE("JUnit failure messages carry the first difference", "[report][junit]") {
  const std::string xml = to_junit_xml(sample_report("wa"));
  CHECK(xml.find("<failure message=\"WA: line 3, token 5: expected &apos;42&apos;, got "
                 "&apos;41&apos;\" type=\"WA\">") != std::string::npos);
  CHECK(xml.find("classname=\"hello.secret\" time=\"0.012\"") != std::string::npos);
}

TEST_CASE("a compile error is one testcase named compile", "[report][junit]") {
  const std::string xml = to_junit_xml(sample_report("ce"));
  CHECK(count(xml, "<testcase ") == 1);
  CHECK(xml.find("<testcase name=\"compile\" classname=\"hello\" time=\"0.812\">") !=
        std::string::npos);
  CHECK(xml.find("type=\"CE\">sol.cpp: In function &apos;int main()&apos;:\n") !=
        std::string::npos);
}

TEST_CASE("JUnit escapes markup and drops bytes XML cannot hold", "[report][junit]") {
  JudgeReport report = sample_report("wa");
  report.problem_name = "a&b";
  TestOutcome& wa = report.tests[1];
  wa.name = "<tag> \"q\" 'a'\x01";
  wa.difference = Difference{1, 1, "x", std::string("\x00\x01\x08\x0b\x0c\x1f\xff]]>", 11)};
  wa.judge_message = "line\r\nnext \xef\xbf\xbe end";  // U+FFFE is not an XML character
  const std::string xml = to_junit_xml(report);
  CHECK(xml.find("name=\"&lt;tag&gt; &quot;q&quot; &apos;a&apos;\"") != std::string::npos);
  CHECK(xml.find("<testsuite name=\"a&amp;b\"") != std::string::npos);
  for (const char illegal : {'\x00', '\x01', '\x08', '\x0b', '\x0c', '\x1f', '\r'}) {
    CHECK(xml.find(illegal) == std::string::npos);
  }
  CHECK(xml.find("\xff") == std::string::npos);
  CHECK(xml.find("\xef\xbf\xbe") == std::string::npos);
  // Multi-line details show '\r' the way the terminal does; U+FFFE is dropped.
  CHECK(xml.find("  line\\r\n  next  end\n") != std::string::npos);
  CHECK(xml.find("]]>") == std::string::npos);
}

TEST_CASE("the JUnit reporter writes a well-formed file at on_finish", "[report][junit]") {
  TempDir dir;
  const std::string path = (dir.path() / "junit.xml").string();
  JudgeReport report = sample_report("mixed");
  report.tests[0].message = std::string("nul\0 and \x1b[31m and \xc3", 19);
  report.tests[1].run.stderr_text = "<stderr> & \"friends\"\n";

  const auto reporter = make_junit_reporter(path);
  reporter->on_start(report);
  for (const TestOutcome& test : report.tests) reporter->on_test(report, test);
  CHECK_FALSE(fs::exists(path));
  reporter->on_finish(report);
  REQUIRE(fs::exists(path));
  CHECK(testing::read_file(path) == to_junit_xml(report));
  // Only the report itself: the temporary file was renamed, the probe file removed.
  CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);

  if (!have_xmllint()) {
    WARN("xmllint not installed; well-formedness not checked");
    return;
  }
  CHECK(std::system(("xmllint --noout '" + path + "'").c_str()) == 0);
}

TEST_CASE("the JUnit reporter replaces an existing file", "[report][junit]") {
  TempDir dir;
  const std::string path = (dir.path() / "junit.xml").string();
  std::ofstream(path) << "old contents that are longer than nothing";
  make_junit_reporter(path)->on_finish(sample_report("ac"));
  CHECK(testing::read_file(path) == to_junit_xml(sample_report("ac")));
}

TEST_CASE("an unwritable JUnit path is a ConfigError naming --junit", "[report][junit]") {
  TempDir dir;
  SECTION("missing directory") {
    const std::string path = (dir.path() / "missing" / "junit.xml").string();
    try {
      make_junit_reporter(path);
      FAIL("expected ConfigError");
    } catch (const ConfigError& error) {
      CHECK(error.file() == path);
      CHECK(error.field() == "--junit");
      CHECK(std::string(error.what()).find("cannot write: No such file or directory") !=
            std::string::npos);
    }
  }
  SECTION("a directory") {
    CHECK_THROWS_AS(make_junit_reporter(dir.path().string()), ConfigError);
  }
  SECTION("directory removed during the run") {
    const fs::path sub = dir.path() / "sub";
    fs::create_directory(sub);
    const auto reporter = make_junit_reporter((sub / "junit.xml").string());
    fs::remove(sub);
    CHECK_THROWS_AS(reporter->on_finish(sample_report("ac")), ConfigError);
  }
}

}  // namespace
}  // namespace judge::report
