#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "golden.h"
#include "report/reporter.h"
#include "sample_reports.h"

namespace judge::report {
namespace {

using Json = nlohmann::ordered_json;
using testing::make_test;
using testing::sample_report;

TEST_CASE("to_json matches the golden documents, keys in order", "[report][json]") {
  for (const testing::NamedReport& sample : testing::sample_reports()) {
    SECTION(sample.name) {
      // The commit changes with every build: the golden files hold a placeholder.
      Json document = Json::parse(to_json(sample.report));
      REQUIRE(document["judge"]["version"].is_string());
      document["judge"]["commit"] = "COMMIT";
      const std::string actual = document.dump(2);
      const std::string file = sample.name + ".json";
      // ordered_json compares objects as key sequences, so a reordered key fails too.
      const Json expected = Json::parse(testing::golden_text(file, actual + "\n"));
      INFO("golden " << testing::golden_path(file) << "\nactual:\n" << actual);
      CHECK(Json::parse(actual) == expected);
    }
  }
}

TEST_CASE("to_json carries the schema version, summary and per-test facts", "[report][json]") {
  const Json document = Json::parse(to_json(sample_report("ac")));
  CHECK(document["schema_version"] == kJsonSchemaVersion);
  CHECK(document["verdict"] == "AC");
  CHECK_FALSE(document.contains("score"));
  CHECK_FALSE(document.contains("max_score"));
  CHECK(document["summary"]["tests_passed"] == 2);
  // 1'234'567 us and 1'300'499 us round to whole milliseconds, as integers.
  const Json& slow = document["tests"][1];
  CHECK(slow["cpu_ms"].is_number_integer());
  CHECK(slow["cpu_ms"] == 1235);
  CHECK(slow["wall_ms"] == 1300);
  CHECK(document["summary"]["max_cpu_ms"] == 1235);
  CHECK(slow["exit_code"] == 0);
  CHECK(slow["signal"].is_null());
  CHECK(slow["difference"].is_null());
  CHECK(slow["score"].is_null());
}

TEST_CASE("to_json reports signals, blocked syscalls and scores", "[report][json]") {
  const Json re = Json::parse(to_json(sample_report("re_signal")))["tests"][0];
  CHECK(re["exit_code"].is_null());
  CHECK(re["signal"] == 11);
  CHECK(re["signal_name"] == "SIGSEGV");

  const Json blocked = Json::parse(to_json(sample_report("blocked_syscall")))["tests"][0];
  CHECK(blocked["blocked_syscall"] == "ptrace");

  const Json scored = Json::parse(to_json(sample_report("scored")));
  CHECK(scored["score"] == 40);
  CHECK(scored["max_score"] == 100);
  CHECK(scored["tests"][0]["score"] == 40);
}

TEST_CASE("to_json replaces invalid UTF-8 instead of throwing", "[report][json]") {
  JudgeReport report = sample_report("wa");
  report.tests[1].message = "bad \xff\xfe bytes";
  report.tests[1].difference->got = "4\xc3";            // truncated two-byte sequence
  report.compile.message = "caf\xc3\xa9 \xe2\x9c\x93";  // valid UTF-8 passes through
  std::string text;
  REQUIRE_NOTHROW(text = to_json(report));
  const Json document = Json::parse(text);
  CHECK(document["tests"][1]["message"] == "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes");
  CHECK(document["tests"][1]["difference"]["got"] == "4\xEF\xBF\xBD");
  CHECK(document["compile"]["message"] == "caf\xc3\xa9 \xe2\x9c\x93");
}

TEST_CASE("to_json keeps control characters as JSON escapes", "[report][json]") {
  JudgeReport report = sample_report("ac");
  report.tests[0].judge_message = std::string("nul\0 esc\x1b[31m", 13);
  const std::string text = to_json(report);
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(Json::parse(text)["tests"][0]["judge_message"] == report.tests[0].judge_message);
}

TEST_CASE("the JSON reporter writes one document, only at on_finish", "[report][json]") {
  JudgeReport report = sample_report("wa");
  std::ostringstream out;
  const auto reporter = make_json_reporter(out);
  JudgeReport so_far = report;
  so_far.tests.clear();
  reporter->on_start(so_far);
  reporter->on_compile(so_far);
  for (const TestOutcome& test : report.tests) {
    so_far.tests.push_back(test);
    reporter->on_test(so_far, test);
  }
  CHECK(out.str().empty());
  reporter->on_finish(report);
  const std::string text = out.str();
  REQUIRE_FALSE(text.empty());
  CHECK(text.back() == '\n');
  CHECK(Json::parse(text) == Json::parse(to_json(report)));
}

}  // namespace
}  // namespace judge::report
