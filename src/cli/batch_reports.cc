#include "cli/batch_reports.h"

#include <CLI/CLI.hpp>

#include "report/atomic_file.h"
#include "report/batch/formats.h"
#include "util/error.h"

namespace judge::cli {

using report::batch::Format;

void add_batch_report_options(CLI::App& command, BatchReportPaths& paths) {
  command.add_option("--junit", paths.junit, "Write JUnit XML, one <testsuite> per submission");
  command.add_option("--classroom", paths.classroom,
                     "Write GitHub Classroom autograding results (one JSON object per line)");
  command.add_option("--csv", paths.csv, "Write a CSV gradebook (id, verdict, score, ...)");
  command.add_option("--html", paths.html, "Write a self-contained HTML report");
  command.add_flag("--annotations", paths.annotations,
                   "Print GitHub Actions annotations (::error file=...) on stdout");
}

namespace {

struct Target {
  const std::string& path;
  const char* option;
  Format format;
};

std::vector<Target> targets(const BatchReportPaths& paths) {
  return {{paths.junit, "--junit", Format::kJunit},
          {paths.classroom, "--classroom", Format::kClassroom},
          {paths.csv, "--csv", Format::kCsv},
          {paths.html, "--html", Format::kHtml}};
}

}  // namespace

void check_batch_report_paths(const BatchReportPaths& paths) {
  for (const Target& target : targets(paths)) {
    if (!target.path.empty()) report::check_file_writable(target.path, target.option);
  }
}

void write_batch_reports(const BatchReportPaths& paths,
                         const std::vector<report::batch::Submission>& submissions,
                         std::ostream& out) {
  for (const Target& target : targets(paths)) {
    if (target.path.empty()) continue;
    report::write_file_atomically(target.path, report::batch::render(target.format, submissions),
                                  target.option);
  }
  if (paths.annotations) out << report::batch::to_annotations(submissions) << std::flush;
}

int with_batch_reports(int exit_code, const BatchReportPaths& paths, const std::string& results,
                       std::ostream& out) {
  const bool asked = !paths.junit.empty() || !paths.classroom.empty() || !paths.csv.empty() ||
                     !paths.html.empty() || paths.annotations;
  // 0: all graded; 3: graded, some record IE. Both wrote a complete results file.
  const bool wrote_results = exit_code == static_cast<int>(ExitCode::kAllAccepted) ||
                             exit_code == static_cast<int>(ExitCode::kInternal);
  if (asked && wrote_results) {
    write_batch_reports(paths, report::batch::load_records(results), out);
  }
  return exit_code;
}

CLI::App* add_report_command(CLI::App& app, ReportOptions& options) {
  CLI::App* command = app.add_subcommand(
      "report", "Render a results file (JSON lines of judge grade or merge) in a report format");
  command->add_option("format", options.format, report::batch::format_names())->required();
  command->add_option("results", options.results, "The results file (JSON lines)")->required();
  command->add_option("-o,--output", options.output, "Write to this file instead of stdout");
  return command;
}

int render_report(const ReportOptions& options, std::ostream& out) {
  const std::optional<Format> format = report::batch::parse_format(options.format);
  if (!format) {
    throw ConfigError("", "format",
                      "unknown report format '" + options.format +
                          "'; expected one of: " + report::batch::format_names());
  }
  if (!options.output.empty()) report::check_file_writable(options.output, "--output");
  const std::string text =
      report::batch::render(*format, report::batch::load_records(options.results));
  if (options.output.empty()) {
    out << text << std::flush;
  } else {
    report::write_file_atomically(options.output, text, "--output");
  }
  return static_cast<int>(ExitCode::kAllAccepted);
}

}  // namespace judge::cli
