#include "report/describe.h"

#include <catch2/catch.hpp>

#include "sample_reports.h"

namespace judge::report {
namespace {

using testing::make_test;

TEST_CASE("format_difference reads like a sentence", "[report][describe]") {
  CHECK(format_difference({3, 5, "42", "41"}) == "line 3, token 5: expected '42', got '41'");
  CHECK(format_difference({2, 4, "7", ""}) == "line 2, token 4: expected '7', got end of output");
  CHECK(format_difference({2, 4, "", "extra"}) ==
        "line 2, token 4: expected end of output, got 'extra'");
  CHECK(format_difference({1, 1, "a", "b\x1b[0m"}) ==
        "line 1, token 1: expected 'a', got 'b\\x1b[0m'");
  const std::string long_token(500, '9');
  CHECK(format_difference({1, 1, long_token, "1"}) ==
        "line 1, token 1: expected '" + std::string(60, '9') + "...', got '1'");
}

TEST_CASE("failure_reason prefers the most specific explanation", "[report][describe]") {
  TestOutcome wa = make_test("t", "", Verdict::kWrongAnswer);
  wa.message = "wrong answer";
  CHECK(failure_reason(wa) == "wrong answer");
  wa.judge_message = "\nvalidator: too small\nmore\n";
  CHECK(failure_reason(wa) == "validator: too small");
  wa.difference = Difference{1, 2, "3", "4"};
  CHECK(failure_reason(wa) == "line 1, token 2: expected '3', got '4'");

  CHECK(failure_reason(make_test("t", "", Verdict::kAccepted)).empty());
  CHECK(failure_reason(make_test("t", "", Verdict::kSkipped)).empty());
}

TEST_CASE("failure_reason describes the run when the judge gave no message", "[report][describe]") {
  TestOutcome re = make_test("t", "", Verdict::kRuntimeError);
  re.run.exit_code = 3;
  CHECK(failure_reason(re) == "exit code 3");
  re.run.termination = sandbox::Termination::kSignaled;
  re.run.signal = 11;
  CHECK(failure_reason(re) == "signal 11 (SIGSEGV)");
  re.run.blocked_syscall = "ptrace";
  CHECK(failure_reason(re) == "forbidden system call ptrace");

  TestOutcome tle = make_test("t", "", Verdict::kTimeLimitExceeded);
  tle.run.wall_limit_exceeded = true;
  CHECK(failure_reason(tle) == "wall time limit exceeded");
  tle.run.cpu_limit_exceeded = true;
  CHECK(failure_reason(tle) == "time limit exceeded");

  TestOutcome ie = make_test("t", "", Verdict::kInternalError);
  ie.run.setup_error = "clone3: Operation not permitted";
  CHECK(failure_reason(ie) == "clone3: Operation not permitted");
  CHECK(failure_reason(make_test("t", "", Verdict::kJudgeError)) == "Judge Error");
}

TEST_CASE("rounded_ms and format_score", "[report][describe]") {
  CHECK(rounded_ms(0) == 0);
  CHECK(rounded_ms(499) == 0);
  CHECK(rounded_ms(500) == 1);
  CHECK(rounded_ms(1'234'567) == 1235);
  CHECK(format_score(40) == "40");
  CHECK(format_score(37.5) == "37.5");
}

}  // namespace
}  // namespace judge::report
