// One-line descriptions of test outcomes, shared by the text and JUnit reporters so a failure
// reads the same on the terminal and in CI.
#pragma once

#include <cstdint>
#include <string>

#include "judge/verdict.h"

namespace judge::report {

// "line 3, token 5: expected '42', got '41'"; an empty token reads as "end of output". Tokens are
// made printable and cut to a readable length.
std::string format_difference(const Difference& difference);

// Why a test did not pass, on one printable line ("" for AC and skipped tests). WA prefers the
// first difference, then the validator's message; other verdicts use the judge's message, or
// describe the run when that is empty.
std::string failure_reason(const TestOutcome& test);

// Microseconds to the nearest millisecond (half rounds up), as the reports show times.
std::int64_t rounded_ms(std::int64_t microseconds);

// A score without noise: 40 -> "40", 37.5 -> "37.5", 1/3 -> "0.333333".
std::string format_score(double score);

}  // namespace judge::report
