#include "judge/verdict.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace judge {

namespace {

struct VerdictNames {
  Verdict verdict;
  const char* short_name;
  const char* long_name;
};

constexpr std::array<VerdictNames, 10> kNames = {{
    {Verdict::kAccepted, "AC", "Accepted"},
    {Verdict::kWrongAnswer, "WA", "Wrong Answer"},
    {Verdict::kTimeLimitExceeded, "TLE", "Time Limit Exceeded"},
    {Verdict::kMemoryLimitExceeded, "MLE", "Memory Limit Exceeded"},
    {Verdict::kOutputLimitExceeded, "OLE", "Output Limit Exceeded"},
    {Verdict::kRuntimeError, "RE", "Run-Time Error"},
    {Verdict::kCompileError, "CE", "Compile Error"},
    {Verdict::kJudgeError, "JE", "Judge Error"},
    {Verdict::kInternalError, "IE", "Internal Error"},
    {Verdict::kSkipped, "SKIPPED", "Skipped"},
}};

const VerdictNames& names_of(Verdict v) {
  for (const VerdictNames& names : kNames) {
    if (names.verdict == v) return names;
  }
  // Every enumerator is in the table; an out-of-range value can only come from a cast.
  return kNames[8];  // IE: "the judge itself failed" is the honest name for a corrupt value
}

std::string to_upper_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string short_name(Verdict v) {
  return names_of(v).short_name;
}

std::string long_name(Verdict v) {
  return names_of(v).long_name;
}

std::optional<Verdict> verdict_from_short_name(const std::string& s) {
  const std::string upper = to_upper_ascii(s);
  // Kattis and CLICS spell run-time error "RTE"; accept it so expected-verdict files from those
  // tools work unchanged.
  if (upper == "RTE") return Verdict::kRuntimeError;
  for (const VerdictNames& names : kNames) {
    if (upper == names.short_name) return names.verdict;
  }
  return std::nullopt;
}

std::string to_string(CompileOutcome::Status status) {
  switch (status) {
    case CompileOutcome::Status::kNotNeeded:
      return "not_needed";
    case CompileOutcome::Status::kCompiled:
      return "compiled";
    case CompileOutcome::Status::kCached:
      return "cached";
    case CompileOutcome::Status::kFailed:
      return "failed";
    case CompileOutcome::Status::kInternalError:
      return "internal_error";
  }
  return "internal_error";
}

int tests_passed(const JudgeReport& report) {
  return static_cast<int>(
      std::count_if(report.tests.begin(), report.tests.end(),
                    [](const TestOutcome& test) { return test.verdict == Verdict::kAccepted; }));
}

std::int64_t max_cpu_time_us(const JudgeReport& report) {
  std::int64_t most = 0;
  for (const TestOutcome& test : report.tests) most = std::max(most, test.run.cpu_time_us);
  return most;
}

std::int64_t max_peak_memory_bytes(const JudgeReport& report) {
  std::int64_t most = 0;
  for (const TestOutcome& test : report.tests) most = std::max(most, test.run.peak_memory_bytes);
  return most;
}

}  // namespace judge
