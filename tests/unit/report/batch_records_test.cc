#include <catch2/catch.hpp>

#include "report/batch/records.h"
#include "util/error.h"

namespace judge::report::batch {
namespace {

const char* const kRecord =
    R"({"id":"alice","source":"subs/alice.py","verdict":"WA","problem":{"name":"hello"},)"
    R"("language":{"id":"python3"},"compile":{"status":"not_needed","message":""},)"
    R"("limits":{"time_ms":2000,"memory_bytes":268435456},)"
    R"("summary":{"tests_total":3,"tests_passed":1,"max_cpu_ms":15,"max_memory_bytes":3000000},)"
    R"("tests":[{"name":"sample/1","group":"sample","verdict":"AC","cpu_ms":15,"wall_ms":29,)"
    R"("memory_bytes":3000000,"message":"","judge_message":"","difference":null,"score":null},)"
    R"({"name":"secret/01","group":"secret","verdict":"WA","cpu_ms":14,"wall_ms":24,)"
    R"("memory_bytes":2000000,"message":"line 1","judge_message":"",)"
    R"("difference":{"line":1,"token":1,"expected":"Hello","got":"Bye"},"score":null}]})";

TEST_CASE("a record of judge run --json plus an id becomes a submission", "[batch]") {
  const std::vector<Submission> submissions =
      parse_records(std::string(kRecord) + "\n\n", "results.jsonl");
  REQUIRE(submissions.size() == 1);
  const Submission& alice = submissions[0];
  CHECK(alice.id == "alice");
  CHECK(alice.solution == "subs/alice.py");
  CHECK(alice.verdict == "WA");
  CHECK(alice.problem == "hello");
  CHECK(alice.language == "python3");
  CHECK(alice.time_limit_ms == 2000);
  CHECK(alice.tests_total == 3);
  CHECK(alice.tests_passed == 1);
  CHECK_FALSE(alice.score);
  REQUIRE(alice.tests.size() == 2);
  CHECK(alice.tests[1].verdict == "WA");
  REQUIRE(alice.tests[1].difference);
  CHECK(alice.tests[1].difference->got == "Bye");
}

TEST_CASE("a header line without a verdict is not a submission", "[batch]") {
  const std::string text = R"({"shard":"1/4","set":"abc"})"
                           "\n" +
                           std::string(kRecord) + "\n";
  CHECK(parse_records(text, "shard.jsonl").size() == 1);
}

TEST_CASE("a broken results file names the line and the field", "[batch]") {
  SECTION("not JSON") {
    CHECK_THROWS_WITH(parse_records("{\"id\":\n", "r.jsonl"),
                      Catch::Contains("r.jsonl:1") && Catch::Contains("not valid JSON"));
  }
  SECTION("no id") {
    try {
      parse_records(R"({"verdict":"AC"})", "r.jsonl");
      FAIL("accepted a record without id");
    } catch (const ConfigError& error) {
      CHECK(error.file() == "r.jsonl:1");
      CHECK(error.field() == "id");
    }
  }
  SECTION("a field of the wrong type") {
    CHECK_THROWS_AS(parse_records(R"({"id":"a","verdict":"AC","tests":[{"name":"t",)"
                                  R"("verdict":"AC","cpu_ms":"fast"}]})",
                                  "r.jsonl"),
                    ConfigError);
  }
  SECTION("an id twice") {
    const std::string twice = std::string(kRecord) + "\n" + kRecord + "\n";
    CHECK_THROWS_WITH(parse_records(twice, "r.jsonl"),
                      Catch::Contains("r.jsonl:2") && Catch::Contains("twice"));
  }
  SECTION("a missing file") {
    CHECK_THROWS_AS(load_records("/nonexistent/results.jsonl"), ConfigError);
  }
}

}  // namespace
}  // namespace judge::report::batch
