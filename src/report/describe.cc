#include "report/describe.h"

#include <cstdio>

#include "judge/classify.h"
#include "report/text_sanitize.h"
#include "util/text.h"

namespace judge::report {

namespace {

// Long enough for any number or word a validator compares, short enough for one terminal line.
constexpr std::size_t kMaxTokenBytes = 60;

std::string quote_token(const std::string& token) {
  if (token.empty()) return "end of output";
  return "'" + printable(truncate_utf8(token, kMaxTokenBytes)) + "'";
}

// Used when the judge left TestOutcome::message empty: say what the sandbox saw.
std::string describe_run(const TestOutcome& test) {
  const sandbox::RunResult& run = test.run;
  switch (test.verdict) {
    case Verdict::kTimeLimitExceeded:
      return run.wall_limit_exceeded && !run.cpu_limit_exceeded ? "wall time limit exceeded"
                                                                : "time limit exceeded";
    case Verdict::kMemoryLimitExceeded:
      return "memory limit exceeded";
    case Verdict::kOutputLimitExceeded:
      return "output limit exceeded";
    case Verdict::kRuntimeError:
      if (!run.blocked_syscall.empty()) return "forbidden system call " + run.blocked_syscall;
      return describe_termination(run);
    case Verdict::kInternalError:
      if (!run.setup_error.empty()) return run.setup_error;
      break;
    default:
      break;
  }
  return long_name(test.verdict);
}

}  // namespace

std::string format_difference(const Difference& difference) {
  return "line " + std::to_string(difference.line) + ", token " + std::to_string(difference.token) +
         ": expected " + quote_token(difference.expected) + ", got " + quote_token(difference.got);
}

std::string failure_reason(const TestOutcome& test) {
  if (test.verdict == Verdict::kAccepted || test.verdict == Verdict::kSkipped) return "";
  if (test.verdict == Verdict::kWrongAnswer) {
    if (test.difference) return format_difference(*test.difference);
    const std::string_view validator_says = first_nonblank_line(test.judge_message);
    if (!validator_says.empty()) return printable(validator_says);
  }
  std::string message(first_nonblank_line(test.message));
  if (message.empty()) message = describe_run(test);
  return printable(message);
}

std::int64_t rounded_ms(std::int64_t microseconds) {
  return microseconds >= 0 ? (microseconds + 500) / 1000 : -((-microseconds + 500) / 1000);
}

std::string format_score(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", score);
  return buffer;
}

}  // namespace judge::report
