// GitHub Classroom autograding results. Its grading reporter reads, per runner, a JSON object
// {version: 1, status: pass|fail|error, max_score, tests: [{name, status, score, message,
// test_code, filename, line_no, duration}]} and prints "Points X/Y", X being the sum of
// tests[].score and Y max_score. So the scores here always add up to the submission's points:
// on a pass-fail problem each test is worth 1; on a scoring problem the tests are shown with
// score 0 and one "score" entry carries the problem's score out of its maximum.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "report/batch/formats.h"
#include "report/batch/safe_text.h"

namespace judge::report::batch {

namespace {

using Json = nlohmann::ordered_json;

const char* status_of(const std::string& verdict) {
  if (verdict == "AC") return "pass";
  if (is_judge_failure(verdict)) return "error";
  return "fail";
}

Json test_entry(const Submission& submission, const std::string& name, const std::string& verdict,
                double score, double max_score, const std::string& message,
                std::int64_t duration_ms) {
  return Json{{"name", visible_text(name)},
              {"status", status_of(verdict)},
              {"score", score},
              {"max_score", max_score},
              {"message", visible_lines(message)},
              {"test_code", "judge run " + visible_text(submission.solution)},
              {"filename", visible_text(submission.solution)},
              {"line_no", 0},
              {"duration", duration_ms}};
}

std::string test_message(const TestResult& test) {
  std::string message = test.verdict;
  if (!test.message.empty()) message += ": " + test.message;
  return message;
}

}  // namespace

std::string classroom_result(const Submission& submission) {
  const bool scoring = submission.score.has_value();
  Json tests = Json::array();
  const bool compile_failed =
      submission.compile_status == "failed" || submission.compile_status == "internal_error";
  double max_score = 0;
  if (compile_failed) {
    max_score = scoring ? submission.max_score.value_or(0)
                        : static_cast<double>(std::max<int>(submission.tests_total, 1));
    tests.push_back(test_entry(submission, "compile",
                               submission.compile_status == "failed" ? "CE" : "IE", 0, max_score,
                               submission.compile_message, 0));
  } else {
    for (const TestResult& test : submission.tests) {
      const double worth = scoring ? 0 : 1;
      const double score = test.verdict == "AC" ? worth : 0;
      max_score += worth;
      tests.push_back(test_entry(submission, test.name, test.verdict, score, worth,
                                 test_message(test), test.wall_ms));
    }
    if (scoring) {
      max_score = submission.max_score.value_or(*submission.score);
      tests.push_back(
          test_entry(submission, "score", submission.verdict, *submission.score, max_score,
                     format_number(*submission.score) + " of " + format_number(max_score), 0));
    }
  }
  Json result{{"version", 1},
              {"status", compile_failed && submission.compile_status == "internal_error"
                             ? "error"
                             : status_of(submission.verdict)},
              {"max_score", max_score},
              {"tests", std::move(tests)},
              {"id", visible_text(submission.id)}};
  return result.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string to_classroom(const std::vector<Submission>& submissions) {
  std::string out;
  for (const Submission& submission : submissions) out += classroom_result(submission) + "\n";
  return out;
}

}  // namespace judge::report::batch
