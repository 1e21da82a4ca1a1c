// The terminal reporter: a header, one aligned line per test as it finishes (so long runs show
// progress), and a summary. Everything a solution or checker wrote is passed through printable()
// first, because a solution must not be able to draw on the user's terminal.
#include <algorithm>
#include <limits>
#include <string_view>

#include "report/describe.h"
#include "report/reporter.h"
#include "report/text_sanitize.h"
#include "util/text.h"
#include "util/units.h"

namespace judge::report {

namespace {

constexpr std::size_t kNameWidth = 20;  // at least; wider when a name is longer
constexpr std::size_t kVerdictWidth = 3;
constexpr std::size_t kTimeWidth = 8;     // "12.34 s", "999 ms"
constexpr std::size_t kMemoryWidth = 10;  // "1023.9 MiB"
constexpr std::size_t kExcerptLines = 10;
constexpr std::size_t kExcerptLineBytes = 160;
constexpr std::size_t kCompilerMessageLines = 40;  // without --verbose

constexpr std::string_view kReset = "\x1b[0m";

std::string_view verdict_color(Verdict verdict) {
  switch (verdict) {
    case Verdict::kAccepted:
      return "\x1b[32m";  // green
    case Verdict::kWrongAnswer:
    case Verdict::kCompileError:
      return "\x1b[31m";  // red
    case Verdict::kTimeLimitExceeded:
    case Verdict::kMemoryLimitExceeded:
    case Verdict::kOutputLimitExceeded:
      return "\x1b[33m";  // yellow
    case Verdict::kRuntimeError:
      return "\x1b[35m";  // magenta
    case Verdict::kJudgeError:
    case Verdict::kInternalError:
      return "\x1b[1;31m";  // bold red: the judge, not the solution, failed
    case Verdict::kSkipped:
      break;
  }
  return "";
}

// Columns on a terminal: one per code point (test names are file names, not wide CJK text).
std::size_t display_width(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // not a UTF-8 continuation byte
  }));
}

std::string pad_right(std::string text, std::size_t width) {
  const std::size_t shown = display_width(text);
  if (shown < width) text.append(width - shown, ' ');
  return text;
}

std::string pad_left(const std::string& text, std::size_t width) {
  return text.size() < width ? std::string(width - text.size(), ' ') + text : text;
}

std::string duration_of_us(std::int64_t microseconds) {
  return units::format_duration_ms(rounded_ms(microseconds));
}

class TextReporter : public Reporter {
 public:
  TextReporter(std::ostream& out, TextOptions options) : out_(out), options_(options) {}

  void on_start(const JudgeReport& report) override {
    // The name column fits the longest selected name, so long names keep the columns aligned.
    for (const std::string& name : report.test_names) {
      name_width_ = std::max(name_width_, display_width(printable(name)));
    }
    const AppliedLimits& limits = report.limits;
    out_ << "Judging " << printable(report.solution) << " (" << printable(report.language_name)
         << ") on " << printable(report.problem_name) << ": time "
         << units::format_duration_ms(limits.time_limit_ms) << ", wall "
         << units::format_duration_ms(limits.wall_time_limit_ms) << ", memory "
         << units::format_bytes(limits.memory_bytes) << ", output "
         << units::format_bytes(limits.output_bytes) << "; sandbox "
         << printable(report.sandbox_backend) << '\n';
    out_.flush();
  }

  void on_compile(const JudgeReport& report) override {
    const CompileOutcome& compile = report.compile;
    const std::string took = units::format_duration_ms(compile.time_ms);
    out_ << "Compile: ";
    switch (compile.status) {
      case CompileOutcome::Status::kNotNeeded:
        out_ << "not needed\n";
        break;
      case CompileOutcome::Status::kCompiled:
        out_ << "compiled in " << took << '\n';
        break;
      case CompileOutcome::Status::kCached:
        out_ << "cached\n";
        break;
      case CompileOutcome::Status::kFailed:
        out_ << colored(Verdict::kCompileError, short_name(Verdict::kCompileError)) << " after "
             << took << '\n';
        write_block(compile.message, options_.verbose ? std::numeric_limits<std::size_t>::max()
                                                      : kCompilerMessageLines);
        break;
      case CompileOutcome::Status::kInternalError:
        out_ << colored(Verdict::kInternalError, short_name(Verdict::kInternalError)) << '\n';
        write_block(compile.message, kCompilerMessageLines);
        break;
    }
    write_run_plan(report.run_plan);
    out_.flush();
  }

  void on_test(const JudgeReport& /*report*/, const TestOutcome& test) override {
    std::string line = "  " + pad_right(printable(test.name), name_width_) + "  " +
                       colored(test.verdict, pad_right(short_name(test.verdict), kVerdictWidth));
    if (test.verdict != Verdict::kSkipped) {
      line += "  cpu " + pad_left(duration_of_us(test.run.cpu_time_us), kTimeWidth) + "  wall " +
              pad_left(duration_of_us(test.run.wall_time_us), kTimeWidth) + "  mem " +
              pad_left(units::format_bytes(test.run.peak_memory_bytes), kMemoryWidth);
    }
    const std::string reason = failure_reason(test);
    if (!reason.empty()) line += "  " + reason;
    line.erase(line.find_last_not_of(' ') + 1);
    out_ << line << '\n';
    write_passes(test);
    if (options_.verbose && test.verdict != Verdict::kAccepted) write_details(test, reason);
    if (options_.verbose) write_labeled("interaction", test.interaction_excerpt);
    out_.flush();
  }

  void on_finish(const JudgeReport& report) override {
    // Scoring problems: one line per group, then the total on the Result line.
    for (const GroupScore& group : report.groups) {
      std::string line = "  " + pad_right("group " + printable(group.name), kNameWidth) + "  " +
                         colored(group.verdict, pad_right(short_name(group.verdict), 3)) +
                         "  score " + format_score(group.score);
      if (group.max_score) line += "/" + format_score(*group.max_score);
      if (!group.note.empty()) line += "  (" + printable(group.note) + ")";
      out_ << line << '\n';
    }
    const int total = std::max<int>(report.tests_total, static_cast<int>(report.tests.size()));
    out_ << "Result: " << colored(report.overall, short_name(report.overall)) << "  "
         << tests_passed(report) << '/' << total << " tests passed";
    if (!report.tests.empty()) {  // after a compile error there is nothing to measure
      out_ << "  max cpu " << duration_of_us(max_cpu_time_us(report)) << "  max memory "
           << units::format_bytes(max_peak_memory_bytes(report));
    }
    if (report.score) {
      out_ << "  score " << format_score(*report.score);
      if (report.max_score) out_ << '/' << format_score(*report.max_score);
    }
    out_ << '\n';
    out_.flush();
  }

 private:
  std::string colored(Verdict verdict, const std::string& text) const {
    const std::string_view color = verdict_color(verdict);
    if (!options_.color || color.empty()) return text;
    return std::string(color) + text + std::string(kReset);
  }

  // --verbose: how the runs are set up. File names and arguments come from the submission.
  void write_run_plan(const std::vector<std::string>& plan) {
    if (plan.empty()) return;
    out_ << "Run plan:\n";
    for (const std::string& line : plan) out_ << "  " << printable(line) << '\n';
  }

  // An indented excerpt: --verbose context for a failure, or compiler output.
  void write_block(std::string_view text, std::size_t max_lines, std::string_view indent = "    ") {
    const Excerpt excerpt = make_excerpt(text, max_lines, kExcerptLineBytes);
    for (const std::string& line : excerpt.lines) out_ << indent << line << '\n';
    if (excerpt.omitted_lines > 0) {
      out_ << indent << "... (" << excerpt.omitted_lines << " more lines)\n";
    }
  }

  void write_labeled(std::string_view label, std::string_view text) {
    if (trim(text).empty()) return;
    out_ << "      " << label << ":\n";
    write_block(text, kExcerptLines, "        ");
  }

  // Multi-pass tests: one indented line per pass, below the test's own line.
  void write_passes(const TestOutcome& test) {
    for (const PassOutcome& pass : test.passes) {
      std::string line =
          "    " + pad_right("pass " + std::to_string(pass.pass), kNameWidth - 2) + "  " +
          colored(pass.verdict, pad_right(short_name(pass.verdict), kVerdictWidth)) + "  cpu " +
          pad_left(duration_of_us(pass.cpu_time_us), kTimeWidth) + "  wall " +
          pad_left(duration_of_us(pass.wall_time_us), kTimeWidth) + "  mem " +
          pad_left(units::format_bytes(pass.peak_memory_bytes), kMemoryWidth);
      if (!pass.message.empty()) line += "  " + printable(pass.message);
      out_ << line << '\n';
    }
  }

  void write_details(const TestOutcome& test, const std::string& reason) {
    write_labeled("input", test.input_excerpt);
    write_labeled("expected", test.expected_excerpt);
    write_labeled("output", test.output_excerpt);
    write_labeled("stderr", test.run.stderr_text);
    // The validator's full message, unless the one-line reason already said all of it.
    if (trim(test.judge_message) != reason) write_labeled("judge message", test.judge_message);
  }

  std::ostream& out_;
  TextOptions options_;
  std::size_t name_width_ = kNameWidth;
};

}  // namespace

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, TextOptions options) {
  return std::make_unique<TextReporter>(out, options);
}

}  // namespace judge::report
