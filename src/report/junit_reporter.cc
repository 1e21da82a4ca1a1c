// The JUnit XML report, for CI systems that show test results (GitLab, Jenkins, GitHub actions).
// One <testsuite> per problem and one <testcase> per test; verdicts map onto JUnit's three
// outcomes: a wrong solution is a <failure>, a broken judge or validator (JE, IE) an <error>.
#include <cstdio>
#include <string>

#include "judge/classify.h"
#include "report/atomic_file.h"
#include "report/describe.h"
#include "report/reporter.h"
#include "report/text_sanitize.h"
#include "report/xml_escape.h"
#include "util/text.h"
#include "util/units.h"

namespace judge::report {

namespace {

// Enough context to see what went wrong in a CI log without making the file huge.
constexpr std::size_t kDetailLines = 50;
constexpr std::size_t kDetailLineBytes = 200;

std::string attr(std::string_view text) {
  return xml_escape(text, XmlContext::kAttribute);
}

// Whole milliseconds as seconds ("0.012"), rounded like the JSON report's wall_ms and computed
// in integers so the same run always prints the same digits.
std::string seconds(std::int64_t microseconds) {
  const std::int64_t ms = rounded_ms(microseconds);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%lld.%03lld", static_cast<long long>(ms / 1000),
                static_cast<long long>(ms % 1000));
  return buffer;
}

// JUnit viewers group by dotted class names, so "secret/group1" becomes "hello.secret.group1".
std::string classname(const std::string& problem, const std::string& group) {
  std::string name = problem;
  if (!group.empty()) name += "." + group;
  for (char& c : name) {
    if (c == '/') c = '.';
  }
  return name;
}

void append_excerpt(std::string& out, std::string_view label, std::string_view text) {
  if (trim(text).empty()) return;
  const Excerpt excerpt = make_excerpt(text, kDetailLines, kDetailLineBytes);
  out += std::string(label) + ":\n";
  for (const std::string& line : excerpt.lines) out += "  " + line + "\n";
  if (excerpt.omitted_lines > 0) {
    out += "  ... (" + std::to_string(excerpt.omitted_lines) + " more lines)\n";
  }
}

// Multi-pass tests: "pass 1: AC, cpu 12 ms, wall 30 ms" per pass.
std::string passes_text(const TestOutcome& test) {
  std::string out;
  for (const PassOutcome& pass : test.passes) {
    out += "pass " + std::to_string(pass.pass) + ": " + short_name(pass.verdict) + ", cpu " +
           units::format_duration_ms(rounded_ms(pass.cpu_time_us)) + ", wall " +
           units::format_duration_ms(rounded_ms(pass.wall_time_us)) +
           (pass.message.empty() ? "" : ", " + pass.message) + "\n";
  }
  return out;
}

// The body of <failure>/<error>: everything a CI user needs to understand the verdict.
std::string failure_details(const TestOutcome& test, const std::string& reason) {
  const sandbox::RunResult& run = test.run;
  std::string out = long_name(test.verdict) + ": " + reason + "\n";
  if (run.termination != sandbox::Termination::kSetupFailed) {  // else nothing was measured
    out += "cpu " + units::format_duration_ms(rounded_ms(run.cpu_time_us)) + ", wall " +
           units::format_duration_ms(rounded_ms(run.wall_time_us)) + ", memory " +
           units::format_bytes(run.peak_memory_bytes) + "\n";
  }
  if (const std::string ended = describe_termination(run); !ended.empty()) out += ended + "\n";
  const std::string blocked = "forbidden system call " + run.blocked_syscall;
  if (!run.blocked_syscall.empty() && reason != blocked) out += blocked + "\n";
  if (trim(test.judge_message) != reason) append_excerpt(out, "judge message", test.judge_message);
  append_excerpt(out, "stderr", run.stderr_text);
  append_excerpt(out, "passes", passes_text(test));
  append_excerpt(out, "input", test.input_excerpt);
  append_excerpt(out, "expected", test.expected_excerpt);
  append_excerpt(out, "output", test.output_excerpt);
  return out;
}

struct Counts {
  int tests = 0;
  int failures = 0;
  int errors = 0;
  int skipped = 0;
  std::int64_t time_ms = 0;  // sum of the testcases' rounded times, so the totals add up
};

// <failure> or <error> with message="WA: ..." and the details as text.
std::string outcome_element(const char* element, Verdict verdict, const std::string& reason,
                            const std::string& details) {
  const std::string name = short_name(verdict);
  const std::string message = reason.empty() ? name : name + ": " + reason;
  return std::string("      <") + element + " message=\"" + attr(message) + "\" type=\"" +
         attr(name) + "\">" + xml_escape(details, XmlContext::kText) + "</" + element + ">\n";
}

std::string testcase_xml(const std::string& problem, const TestOutcome& test, Counts& counts) {
  ++counts.tests;
  counts.time_ms += rounded_ms(test.run.wall_time_us);
  std::string out = "    <testcase name=\"" + attr(test.name) + "\" classname=\"" +
                    attr(classname(problem, test.group)) + "\" time=\"" +
                    seconds(test.run.wall_time_us) + "\"";
  if (test.verdict == Verdict::kAccepted) {
    if (test.passes.empty()) return out + "/>\n";
    return out + ">\n      <system-out>" + xml_escape(passes_text(test), XmlContext::kText) +
           "</system-out>\n    </testcase>\n";
  }
  out += ">\n";
  const std::string reason = failure_reason(test);
  switch (test.verdict) {
    case Verdict::kSkipped:
      ++counts.skipped;
      out += "      <skipped/>\n";
      break;
    case Verdict::kJudgeError:
    case Verdict::kInternalError:
      ++counts.errors;
      out += outcome_element("error", test.verdict, reason, failure_details(test, reason));
      break;
    default:
      ++counts.failures;
      out += outcome_element("failure", test.verdict, reason, failure_details(test, reason));
      break;
  }
  return out + "    </testcase>\n";
}

// A failed compilation is reported as one test named "compile", so CI shows the compiler's
// message instead of an empty, green suite.
std::string compile_testcase_xml(const JudgeReport& report, Counts& counts) {
  const CompileOutcome& compile = report.compile;
  const bool failed = compile.status == CompileOutcome::Status::kFailed;
  const Verdict verdict = failed ? Verdict::kCompileError : Verdict::kInternalError;
  ++(failed ? counts.failures : counts.errors);
  ++counts.tests;
  counts.time_ms += compile.time_ms;
  const std::string reason = printable(first_nonblank_line(compile.message));
  return "    <testcase name=\"compile\" classname=\"" + attr(classname(report.problem_name, "")) +
         "\" time=\"" + seconds(compile.time_ms * 1000) + "\">\n" +
         outcome_element(failed ? "failure" : "error", verdict, reason,
                         std::string(trim(compile.message))) +
         "    </testcase>\n";
}

std::string property(std::string_view name, std::string_view value) {
  return "      <property name=\"" + attr(name) + "\" value=\"" + attr(value) + "\"/>\n";
}

std::string properties_xml(const JudgeReport& report) {
  std::string out = "    <properties>\n";
  out += property("verdict", short_name(report.overall));
  if (report.score) {
    std::string score = format_score(*report.score);
    if (report.max_score) score += "/" + format_score(*report.max_score);
    out += property("score", score);
    for (const GroupScore& group : report.groups) {
      std::string value = short_name(group.verdict) + " " + format_score(group.score);
      if (group.max_score) value += "/" + format_score(*group.max_score);
      out += property("score " + group.name, value);
    }
  }
  out += property("solution", report.solution);
  out += property("language", report.language_id);
  out += property("sandbox", report.sandbox_backend);
  return out + "    </properties>\n";
}

std::string counts_attributes(const Counts& counts) {
  return "tests=\"" + std::to_string(counts.tests) + "\" failures=\"" +
         std::to_string(counts.failures) + "\" errors=\"" + std::to_string(counts.errors) +
         "\" skipped=\"" + std::to_string(counts.skipped) + "\" time=\"" +
         seconds(counts.time_ms * 1000) + "\"";
}

class JunitReporter : public Reporter {
 public:
  explicit JunitReporter(std::string path) : path_(std::move(path)) {
    check_file_writable(path_, kOption);
  }

  void on_finish(const JudgeReport& report) override {
    write_file_atomically(path_, to_junit_xml(report), kOption);
  }

 private:
  static constexpr const char* kOption = "--junit";
  std::string path_;
};

}  // namespace

std::string to_junit_xml(const JudgeReport& report) {
  Counts counts;
  std::string cases;
  const CompileOutcome::Status compile_status = report.compile.status;
  if (compile_status == CompileOutcome::Status::kFailed ||
      compile_status == CompileOutcome::Status::kInternalError) {
    cases += compile_testcase_xml(report, counts);
  }
  for (const TestOutcome& test : report.tests)
    cases += testcase_xml(report.problem_name, test, counts);

  const std::string totals = counts_attributes(counts);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<testsuites name=\"judge\" " +
         totals +
         ">\n"
         "  <testsuite name=\"" +
         attr(report.problem_name) + "\" " + totals + ">\n" + properties_xml(report) + cases +
         "  </testsuite>\n"
         "</testsuites>\n";
}

std::unique_ptr<Reporter> make_junit_reporter(std::string path) {
  return std::make_unique<JunitReporter>(std::move(path));
}

}  // namespace judge::report
