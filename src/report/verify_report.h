// The report of `judge verify` (judge/verify/verify.h): a table on the terminal, one JSON
// document (schema in man/judge.1, "JUDGE VERIFY"), or JUnit XML with one testcase per
// submission.
#pragma once

#include <ostream>
#include <string>
#include <vector>

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

// `judge verify DIR...` with several packages: one JSON array of the documents above, in the
// order of the DIRs; one JUnit <testsuite> per package; after the tables, one line per package.
std::string verify_to_json(const std::vector<verify::VerifyReport>& reports);
std::string verify_to_junit_xml(const std::vector<verify::VerifyReport>& reports);
void write_verify_summary(std::ostream& out, const std::vector<verify::VerifyReport>& reports,
                          const VerifyTextOptions& options);

constexpr int kVerifyJsonSchemaVersion = 1;

}  // namespace judge::report
