// The batch report formats on the command line: `judge report FORMAT RESULTS.jsonl` renders an
// existing results file, and the same report options (--junit, --classroom, --csv, --html,
// --annotations) can be added to the commands that write results (grade, merge).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "report/batch/records.h"

namespace CLI {
class App;
}

namespace judge::cli {

// Where each batch format goes; "" = not asked for.
struct BatchReportPaths {
  std::string junit, classroom, csv, html;
  bool annotations = false;  // GitHub Actions commands on stdout
};

// Adds --junit FILE, --classroom FILE, --csv FILE, --html FILE and --annotations to `command`.
void add_batch_report_options(CLI::App& command, BatchReportPaths& paths);

// Checks every asked-for file can be written (before a long run), as ConfigError.
void check_batch_report_paths(const BatchReportPaths& paths);

// Writes every asked-for report (files atomically, annotations to `out`).
void write_batch_reports(const BatchReportPaths& paths,
                         const std::vector<report::batch::Submission>& submissions,
                         std::ostream& out);

// After `judge grade` or `judge merge` returned exit_code: unless it refused to write results
// (exit 1 or 2), renders the results file into every asked-for report. Returns exit_code.
int with_batch_reports(int exit_code, const BatchReportPaths& paths, const std::string& results,
                       std::ostream& out);

struct ReportOptions {
  std::string format;   // junit, classroom, annotations, csv, html
  std::string results;  // the JSON lines file
  std::string output;   // "" = stdout
};

// `judge report`: its options, and the command itself (0, or ConfigError -> exit 2).
CLI::App* add_report_command(CLI::App& app, ReportOptions& options);
int render_report(const ReportOptions& options, std::ostream& out);

}  // namespace judge::cli
