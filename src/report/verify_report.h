// The report of `judge verify` (judge/verify/verify.h): a table on the terminal, one JSON
// document (schema in man/judge.1, "JUDGE VERIFY"), or JUnit XML with one testcase per
// submission.
#pragma once

#include <ostream>
#include <string>

#include "judge/verify/verify.h"

namespace judge::report {

// What a submission is expected to get, in a few words: "WA", "AC, TLE", "score 40".
std::string expectation_summary(const verify::Expectation& expected);

struct VerifyTextOptions {
  bool color = false;
};

void write_verify_text(std::ostream& out, const verify::VerifyReport& report,
                       const VerifyTextOptions& options);
std::string verify_to_json(const verify::VerifyReport& report);
std::string verify_to_junit_xml(const verify::VerifyReport& report);

constexpr int kVerifyJsonSchemaVersion = 1;

}  // namespace judge::report
