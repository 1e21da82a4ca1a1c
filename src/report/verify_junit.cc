// `judge verify --junit FILE`: one testcase per submission, and one for the package's findings
// (verify_report.h).
#include <sstream>
#include <vector>

#include "report/verify_report.h"
#include "report/xml_escape.h"

namespace judge::report {

namespace {

std::string attribute(const std::string& text) {
  return xml_escape(text, XmlContext::kAttribute);
}

std::string text(const std::string& value) {
  return xml_escape(value, XmlContext::kText);
}

}  // namespace

namespace {

struct SuiteCounts {
  std::size_t cases = 0;
  int failures = 0;
  int errors = 0;
};

// One package's <testsuite>; adds its counts to `totals`.
std::string package_suite(const verify::VerifyReport& report, SuiteCounts& totals) {
  int failures = 0, errors = 0;
  for (const verify::SubmissionResult& result : report.submissions) {
    if (!result.judgement.met) ++failures;
  }
  std::string finding_errors;
  for (const verify::Finding& finding : report.findings) {
    if (finding.severity != verify::Severity::kError) continue;
    finding_errors += "[" + finding.check + "] " + finding.file + ": " + finding.message + "\n";
  }
  if (!finding_errors.empty()) ++errors;
  const std::size_t cases = report.submissions.size() + 1;
  totals.cases += cases;
  totals.failures += failures;
  totals.errors += errors;

  std::ostringstream out;
  out << "  <testsuite name=\"" << attribute(report.problem_name) << "\" tests=\"" << cases
      << "\" failures=\"" << failures << "\" errors=\"" << errors << "\">\n";
  for (const verify::SubmissionResult& result : report.submissions) {
    double seconds = 0;
    for (const TestOutcome& test : result.report.tests) {
      seconds += static_cast<double>(test.run.cpu_time_us) / 1e6;
    }
    out << "    <testcase classname=\"" << attribute(report.problem_name) << "\" name=\""
        << attribute(result.path) << "\" time=\"" << seconds << "\">\n";
    const std::string line = "expected " + expectation_summary(result.expected) + ", got " +
                             short_name(result.report.overall) + ", tests " + result.strip;
    if (!result.judgement.met) {
      out << "      <failure message=\"" << attribute(result.judgement.why) << "\">" << text(line)
          << "</failure>\n";
    } else {
      out << "      <system-out>" << text(line) << "</system-out>\n";
    }
    out << "    </testcase>\n";
  }
  out << "    <testcase classname=\"" << attribute(report.problem_name)
      << "\" name=\"package checks\">\n";
  if (!finding_errors.empty()) {
    out << "      <error message=\"the package has errors\">" << text(finding_errors)
        << "</error>\n";
  }
  out << "    </testcase>\n  </testsuite>\n";
  return out.str();
}

}  // namespace

std::string verify_to_junit_xml(const std::vector<verify::VerifyReport>& reports) {
  SuiteCounts totals;
  std::string suites;
  for (const verify::VerifyReport& report : reports) suites += package_suite(report, totals);
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"judge verify\" tests=\"" << totals.cases << "\" failures=\""
      << totals.failures << "\" errors=\"" << totals.errors << "\">\n"
      << suites << "</testsuites>\n";
  return out.str();
}

std::string verify_to_junit_xml(const verify::VerifyReport& report) {
  return verify_to_junit_xml(std::vector<verify::VerifyReport>{report});
}

}  // namespace judge::report
