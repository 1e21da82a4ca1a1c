// The `judge verify` table (verify_report.h).
#include <algorithm>
#include <cstdio>
#include <iomanip>

#include "report/text_sanitize.h"
#include "report/verify_report.h"

namespace judge::report {

namespace {

using verify::Finding;
using verify::Severity;
using verify::SubmissionResult;

std::string milliseconds(std::int64_t us) {
  return std::to_string((us + 999) / 1000) + " ms";
}

std::string seconds(std::int64_t ms) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f s", static_cast<double>(ms) / 1000.0);
  return text;
}

std::string score_text(double score) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", score);
  return text;
}

std::string got(const SubmissionResult& result) {
  std::string text = short_name(result.report.overall);
  if (result.report.score) text += " " + score_text(*result.report.score);
  return text;
}

std::string paint(const std::string& text, const char* color, bool enabled) {
  if (!enabled) return text;
  return std::string("\x1b[") + color + "m" + text + "\x1b[0m";
}

// "package OK: 5/5 submissions as expected, 0 errors, 1 warning", for the verdict line.
std::string verdict_text(const verify::VerifyReport& report, bool color) {
  int errors = 0, warnings = 0;
  for (const Finding& finding : report.findings) {
    (finding.severity == Severity::kError ? errors : warnings)++;
  }
  const auto failed = std::count_if(report.submissions.begin(), report.submissions.end(),
                                    [](const SubmissionResult& r) { return !r.judgement.met; });
  const std::string counts = std::to_string(report.submissions.size() - failed) + "/" +
                             std::to_string(report.submissions.size()) +
                             " submissions as expected, " + std::to_string(errors) + " error" +
                             (errors == 1 ? "" : "s") + ", " + std::to_string(warnings) +
                             " warning" + (warnings == 1 ? "" : "s");
  if (verify::has_internal_failure(report)) {
    return paint("INTERNAL ERROR", "31;1", color) + ": the judge failed on a submission; " + counts;
  }
  if (verify::is_sound(report)) return paint("package OK", "32;1", color) + ": " + counts;
  return paint("package NOT OK", "31;1", color) + ": " + counts;
}

}  // namespace

std::string expectation_summary(const verify::Expectation& expected) {
  std::string text;
  if (expected.final_verdict) {
    text = expected.final_verdict->empty() ? "" : expected.final_verdict->describe();
    if (expected.no_output_permitted) text += text.empty() ? "NO-OUTPUT" : ", NO-OUTPUT";
  } else if (expected.score && expected.rule.permitted == verify::VerdictSet::any_outcome() &&
             (!expected.rule.required ||
              *expected.rule.required == verify::VerdictSet::any_outcome())) {
    text = "";  // only the score matters
  } else if (expected.rule.required &&
             !(*expected.rule.required == verify::VerdictSet::any_outcome())) {
    text = expected.rule.required->describe();
  } else {
    text = expected.rule.permitted.describe();
  }
  if (expected.score) {
    const verify::ScoreRange& range = *expected.score;
    if (!text.empty()) text += " ";
    if (range.strictly_partial) {
      text += "partial";
    } else if (range.low == range.high) {
      text += "score " + score_text(range.low);
    } else {
      text += "score " + score_text(range.low) + "-" + score_text(range.high);
    }
  }
  if (!expected.groups.empty()) text += " +groups";
  return text;
}

void write_verify_text(std::ostream& out, const verify::VerifyReport& report,
                       const VerifyTextOptions& options) {
  out << "Verifying " << printable(report.problem_name) << " (" << printable(report.problem_dir)
      << ", " << report.problem_format << "): time limit " << seconds(report.time_limit_ms) << ", "
      << report.submissions.size() << " submission" << (report.submissions.size() == 1 ? "" : "s")
      << ", -j " << report.jobs << "\n";

  std::size_t path_width = std::string("submission").size();
  std::size_t expected_width = std::string("expected").size();
  std::size_t slowest_width = std::string("slowest test").size();
  for (const SubmissionResult& result : report.submissions) {
    path_width = std::max(path_width, printable(result.path).size());
    expected_width = std::max(expected_width, expectation_summary(result.expected).size());
    slowest_width = std::max(slowest_width, printable(result.slowest_test).size());
  }
  const auto column = [&](std::size_t width) { return std::setw(static_cast<int>(width + 2)); };
  out << std::left << column(path_width) << "submission" << column(expected_width) << "expected"
      << column(8) << "got" << column(slowest_width) << "slowest test" << column(9) << "time"
      << "tests\n";
  for (const SubmissionResult& result : report.submissions) {
    const bool met = result.judgement.met;
    out << std::left << column(path_width) << printable(result.path) << column(expected_width)
        << expectation_summary(result.expected) << column(8) << got(result) << column(slowest_width)
        << printable(result.slowest_test) << column(9)
        << (result.slowest_test.empty() ? "" : milliseconds(result.slowest_cpu_us)) << result.strip
        << "  " << paint(met ? "ok" : "FAIL", met ? "32" : "31;1", options.color);
    if (!met) out << ": " << printable(result.judgement.why);
    out << "\n";
  }

  for (const std::string& note : report.notes) out << "note: " << printable(note) << "\n";
  for (const Finding& finding : report.findings) {
    const bool error = finding.severity == Severity::kError;
    out << paint(error ? "error" : "warning", error ? "31;1" : "33", options.color) << " ["
        << finding.check << "] " << (finding.file.empty() ? "" : printable(finding.file) + ": ")
        << printable(finding.message) << "\n";
  }
  out << "Verdict: " << verdict_text(report, options.color) << "\n";
}

void write_verify_summary(std::ostream& out, const std::vector<verify::VerifyReport>& reports,
                          const VerifyTextOptions& options) {
  std::size_t sound = 0;
  for (const verify::VerifyReport& report : reports) sound += verify::is_sound(report) ? 1 : 0;
  out << "\nSummary: " << sound << "/" << reports.size() << " packages OK\n";
  for (const verify::VerifyReport& report : reports) {
    out << "  " << printable(report.problem_name) << " (" << printable(report.problem_dir)
        << "): " << verdict_text(report, options.color) << "\n";
  }
}

}  // namespace judge::report
