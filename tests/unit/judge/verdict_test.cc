#include "judge/verdict.h"

#include <catch2/catch.hpp>

namespace judge {
namespace {

const Verdict kAllVerdicts[] = {
    Verdict::kAccepted,
    Verdict::kWrongAnswer,
    Verdict::kTimeLimitExceeded,
    Verdict::kMemoryLimitExceeded,
    Verdict::kOutputLimitExceeded,
    Verdict::kRuntimeError,
    Verdict::kCompileError,
    Verdict::kJudgeError,
    Verdict::kInternalError,
    Verdict::kSkipped,
};

TEST_CASE("short and long verdict names", "[verdict]") {
  CHECK(short_name(Verdict::kAccepted) == "AC");
  CHECK(short_name(Verdict::kWrongAnswer) == "WA");
  CHECK(short_name(Verdict::kTimeLimitExceeded) == "TLE");
  CHECK(short_name(Verdict::kMemoryLimitExceeded) == "MLE");
  CHECK(short_name(Verdict::kOutputLimitExceeded) == "OLE");
  CHECK(short_name(Verdict::kRuntimeError) == "RE");
  CHECK(short_name(Verdict::kCompileError) == "CE");
  CHECK(short_name(Verdict::kJudgeError) == "JE");
  CHECK(short_name(Verdict::kInternalError) == "IE");
  CHECK(short_name(Verdict::kSkipped) == "SKIPPED");

  CHECK(long_name(Verdict::kAccepted) == "Accepted");
  CHECK(long_name(Verdict::kWrongAnswer) == "Wrong Answer");
  CHECK(long_name(Verdict::kTimeLimitExceeded) == "Time Limit Exceeded");
  CHECK(long_name(Verdict::kRuntimeError) == "Run-Time Error");
  CHECK(long_name(Verdict::kInternalError) == "Internal Error");
}

TEST_CASE("every verdict round-trips through its short name", "[verdict]") {
  for (Verdict v : kAllVerdicts) {
    INFO(short_name(v));
    CHECK(verdict_from_short_name(short_name(v)) == v);
    CHECK_FALSE(long_name(v).empty());
  }
}

TEST_CASE("verdict_from_short_name is case-insensitive and knows RTE", "[verdict]") {
  CHECK(verdict_from_short_name("ac") == Verdict::kAccepted);
  CHECK(verdict_from_short_name("Tle") == Verdict::kTimeLimitExceeded);
  CHECK(verdict_from_short_name("skipped") == Verdict::kSkipped);
  CHECK(verdict_from_short_name("RTE") == Verdict::kRuntimeError);
  CHECK(verdict_from_short_name("rte") == Verdict::kRuntimeError);
  CHECK_FALSE(verdict_from_short_name("").has_value());
  CHECK_FALSE(verdict_from_short_name("PAC").has_value());
  CHECK_FALSE(verdict_from_short_name("Accepted").has_value());
  CHECK_FALSE(verdict_from_short_name(" AC").has_value());
}

TEST_CASE("compile status names", "[verdict]") {
  CHECK(to_string(CompileOutcome::Status::kNotNeeded) == "not_needed");
  CHECK(to_string(CompileOutcome::Status::kCompiled) == "compiled");
  CHECK(to_string(CompileOutcome::Status::kCached) == "cached");
  CHECK(to_string(CompileOutcome::Status::kFailed) == "failed");
  CHECK(to_string(CompileOutcome::Status::kInternalError) == "internal_error");
}

TestOutcome outcome(Verdict verdict, std::int64_t cpu_us, std::int64_t memory) {
  TestOutcome test;
  test.verdict = verdict;
  test.run.cpu_time_us = cpu_us;
  test.run.peak_memory_bytes = memory;
  return test;
}

TEST_CASE("report summaries", "[verdict]") {
  JudgeReport report;
  SECTION("an empty report") {
    CHECK(tests_passed(report) == 0);
    CHECK(max_cpu_time_us(report) == 0);
    CHECK(max_peak_memory_bytes(report) == 0);
  }
  SECTION("counts AC only and takes the maxima over all tests") {
    report.tests.push_back(outcome(Verdict::kAccepted, 100, 5000));
    report.tests.push_back(outcome(Verdict::kTimeLimitExceeded, 2'100'000, 1000));
    report.tests.push_back(outcome(Verdict::kAccepted, 300, 9000));
    report.tests.push_back(outcome(Verdict::kSkipped, 0, 0));
    CHECK(tests_passed(report) == 2);
    CHECK(max_cpu_time_us(report) == 2'100'000);
    CHECK(max_peak_memory_bytes(report) == 9000);
  }
}

}  // namespace
}  // namespace judge
