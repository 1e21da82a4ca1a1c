// The batch formats on hand-made records, hostile strings included. The e2e test
// (tests/e2e/batch_reports.py) parses the same formats with real parsers and a real browser.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "report/batch/formats.h"

namespace judge::report::batch {
namespace {

TestResult test(std::string name, std::string verdict, std::int64_t cpu_ms = 10) {
  TestResult result;
  result.name = std::move(name);
  result.group = result.name.substr(0, result.name.find('/'));
  result.verdict = std::move(verdict);
  result.cpu_ms = cpu_ms;
  result.wall_ms = cpu_ms * 2;
  result.memory_bytes = 3 << 20;
  return result;
}

Submission submission(std::string id, std::string verdict, std::vector<TestResult> tests) {
  Submission s;
  s.id = std::move(id);
  s.solution = "subs/" + s.id + ".py";
  s.verdict = std::move(verdict);
  s.problem = "hello";
  s.language = "python3";
  s.compile_status = "not_needed";
  s.time_limit_ms = 1000;
  s.tests = std::move(tests);
  s.tests_total = static_cast<int>(s.tests.size());
  for (const TestResult& t : s.tests) s.tests_passed += t.verdict == "AC";
  return s;
}

std::vector<Submission> sample() {
  TestResult wrong = test("secret/02", "WA");
  wrong.message = "line 1: expected 'a', got 'b'";
  wrong.difference = TestDifference{1, 1, "a", "b\xe2\x80\xae<script>"};
  return {submission("alice", "AC", {test("sample/1", "AC"), test("secret/01", "AC")}),
          submission("bob", "WA", {test("sample/1", "AC"), wrong, test("secret/03", "SKIPPED")}),
          submission("carol", "JE", {test("sample/1", "JE")})};
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
    ++n;
  return n;
}

TEST_CASE("format names", "[batch]") {
  CHECK(parse_format("junit") == Format::kJunit);
  CHECK(parse_format("html") == Format::kHtml);
  CHECK_FALSE(parse_format("pdf"));
}

TEST_CASE("JUnit: a suite per submission, failures and errors typed by verdict", "[batch]") {
  const std::string xml = to_junit(sample());
  CHECK(count(xml, "<testsuite ") == 3);
  CHECK(xml.find("<testsuite name=\"bob\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\"") !=
        std::string::npos);
  CHECK(xml.find("<failure message=\"WA: line 1: expected &apos;a&apos;") != std::string::npos);
  CHECK(xml.find("<error message=\"JE\" type=\"JE\">") != std::string::npos);
  CHECK(xml.find("<testsuites name=\"judge grade\" tests=\"6\" failures=\"1\" errors=\"1\"") !=
        std::string::npos);
  // The bidi override and the markup of a submission's output are shown, not obeyed.
  CHECK(xml.find("\xe2\x80\xae") == std::string::npos);
  CHECK(xml.find("\\u202e&lt;script&gt;") != std::string::npos);
}

TEST_CASE("JUnit: a compile error is one failing case", "[batch]") {
  Submission broken = submission("dave", "CE", {});
  broken.compile_status = "failed";
  broken.compile_message = "main.c:1: error";
  const std::string xml = to_junit({broken});
  CHECK(xml.find("<testcase name=\"compile\"") != std::string::npos);
  CHECK(xml.find("<failure message=\"CE\" type=\"CE\">main.c:1: error</failure>") !=
        std::string::npos);
}

TEST_CASE("Classroom: the documented shape, points that add up", "[batch]") {
  const nlohmann::json bob = nlohmann::json::parse(classroom_result(sample()[1]));
  CHECK(bob["version"] == 1);
  CHECK(bob["status"] == "fail");
  CHECK(bob["max_score"] == 3);
  REQUIRE(bob["tests"].size() == 3);
  double points = 0;
  for (const auto& entry : bob["tests"]) {
    for (const char* key : {"name", "status", "score", "max_score", "message", "test_code",
                            "filename", "line_no", "duration"}) {
      CHECK(entry.contains(key));
    }
    points += entry["score"].get<double>();
  }
  CHECK(points == 1);
  CHECK(bob["tests"][1]["status"] == "fail");
  CHECK(nlohmann::json::parse(classroom_result(sample()[2]))["status"] == "error");

  SECTION("a scoring problem: one entry carries the score") {
    Submission scored = sample()[1];
    scored.score = 40;
    scored.max_score = 100;
    const nlohmann::json result = nlohmann::json::parse(classroom_result(scored));
    CHECK(result["max_score"] == 100);
    double sum = 0;
    for (const auto& entry : result["tests"]) sum += entry["score"].get<double>();
    CHECK(sum == 40);
  }
}

TEST_CASE("Annotations: escaped by GitHub's rules, no injected command", "[batch]") {
  Submission evil = submission("eve,x:y", "WA", {test("secret/01", "WA")});
  evil.tests[0].message = "100%\n::add-mask::secret\r\n";
  const std::string out = to_annotations({sample()[0], evil});
  CHECK(out.find("::notice file=subs/alice.py,title=alice%3A AC::2/2 tests passed\n") !=
        std::string::npos);
  CHECK(out.find("::error file=subs/eve%2Cx%3Ay.py,title=eve%2Cx%3Ay%3A WA::") !=
        std::string::npos);
  CHECK(count(out, "\n") == 2);  // one line per submission, whatever the messages hold
  CHECK(out.find("\n::add-mask") == std::string::npos);
}

TEST_CASE("CSV: RFC 4180 quoting, no formula from an id", "[batch]") {
  Submission quoted = submission("O\"Brien, Pat", "AC", {test("sample/1", "AC")});
  Submission formula = submission("=HYPERLINK(1)", "WA", {test("sample/1", "WA")});
  formula.score = 37.5;
  formula.max_score = 100;
  const std::string csv = to_csv({quoted, formula});
  CHECK(csv ==
        "id,verdict,score,max_score,passed,total,max_cpu_ms\r\n"
        "\"O\"\"Brien, Pat\",AC,,,1,1,0\r\n"
        "'=HYPERLINK(1),WA,37.5,100,0,1,0\r\n");
}

TEST_CASE("HTML: self-contained, a strip and a chart per submission, everything escaped",
          "[batch]") {
  const std::string html = to_html(sample());
  CHECK(count(html, "<div class=\"strip\"") == 3);
  CHECK(count(html, "<svg class=\"chart\"") == 3);
  CHECK(count(html, "<details") >= 3);
  CHECK(html.find("default-src 'none'") != std::string::npos);
  CHECK(html.find("://") == std::string::npos);  // no URL of any scheme
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("\xe2\x80\xae") == std::string::npos);
  CHECK(html.find("\\u202e&lt;script&gt;") != std::string::npos);
}

}  // namespace
}  // namespace judge::report::batch
