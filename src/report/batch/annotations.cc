// GitHub Actions workflow commands (`::error file=F,title=T::message`). GitHub reads them from
// any line of a step's output, so every byte that comes from a submission is escaped by the
// runner's own rules (actions/toolkit command.ts): in the message % CR LF become %25 %0D %0A, in
// properties also : and , become %3A %2C. A message can then never end its line and start
// another command (::add-mask::, ::stop-commands::).
#include "report/batch/formats.h"
#include "report/batch/safe_text.h"

namespace judge::report::batch {

namespace {

std::string escape_data(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  for (const char c : escape_data(text)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

// The first test that decided the verdict, as "secret/02: WA: line 1, ...".
std::string first_failure(const Submission& submission) {
  if (submission.compile_status == "failed") return "compile error:\n" + submission.compile_message;
  for (const TestResult& test : submission.tests) {
    if (test.verdict == "AC" || test.verdict == "SKIPPED") continue;
    std::string text = test.name + ": " + test.verdict;
    if (!test.message.empty()) text += ": " + test.message;
    return text;
  }
  return "";
}

}  // namespace

std::string to_annotations(const std::vector<Submission>& submissions) {
  std::string out;
  for (const Submission& submission : submissions) {
    const bool accepted = submission.verdict == "AC";
    std::string title = submission.id + ": " + submission.verdict;
    if (submission.score) {
      title += " " + format_number(*submission.score);
      if (submission.max_score) title += "/" + format_number(*submission.max_score);
    }
    std::string message = std::to_string(submission.tests_passed) + "/" +
                          std::to_string(submission.tests_total) + " tests passed";
    if (!accepted) {
      const std::string failure = first_failure(submission);
      if (!failure.empty()) message += "; " + failure;
    }
    out += std::string(accepted ? "::notice" : "::error");
    if (!submission.solution.empty())
      out += " file=" + escape_property(visible_text(submission.solution)) + ",";
    else
      out += " ";
    out += "title=" + escape_property(visible_text(title)) +
           "::" + escape_data(visible_lines(message)) + "\n";
  }
  return out;
}

}  // namespace judge::report::batch
