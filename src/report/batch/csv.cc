// CSV for gradebooks (RFC 4180): a header line, one line per submission, CRLF line ends, a field
// quoted when it holds a comma, a quote or a line break, quotes doubled. Spreadsheets run a cell
// starting with = + - @ (or a tab or CR before one) as a formula, so such a text cell is written
// with a leading ' (the OWASP advice): an id chosen by a student cannot run in a grader's sheet.
#include "report/batch/formats.h"
#include "report/batch/safe_text.h"

namespace judge::report::batch {

namespace {

std::string text_cell(std::string_view text) {
  std::string value(text);
  if (!value.empty() &&
      std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
    value.insert(value.begin(), '\'');
  }
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (const char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string number_cell(const std::optional<double>& value) {
  return value ? format_number(*value) : "";
}

}  // namespace

std::string to_csv(const std::vector<Submission>& submissions) {
  std::string out = "id,verdict,score,max_score,passed,total,max_cpu_ms\r\n";
  for (const Submission& submission : submissions) {
    out += text_cell(visible_text(submission.id)) + "," + text_cell(submission.verdict) + "," +
           number_cell(submission.score) + "," + number_cell(submission.max_score) + "," +
           std::to_string(submission.tests_passed) + "," + std::to_string(submission.tests_total) +
           "," + std::to_string(submission.max_cpu_ms) + "\r\n";
  }
  return out;
}

}  // namespace judge::report::batch
