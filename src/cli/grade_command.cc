// judge grade and judge merge: the command-line side of src/judge/grade (checking the inputs
// once, building the JSON documents of submissions that could not be judged, the progress lines
// and the summary table).
#include <unistd.h>

#include <iomanip>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "judge/grade/grader.h"
#include "judge/grade/merge.h"
#include "judge/parallel/cpu_slots.h"
#include "judge/parallel/cpu_topology.h"
#include "judge/parallel/pool.h"
#include "judge/session.h"
#include "lang/language.h"
#include "report/atomic_file.h"
#include "report/describe.h"
#include "report/reporter.h"
#include "report/text_sanitize.h"
#include "util/data_dir.h"
#include "util/error.h"
#include "util/interrupt.h"

namespace judge::cli {

namespace {

namespace fs = std::filesystem;

// What the summary table and the exit code need from a record.
struct RecordSummary {
  std::string verdict;
  std::string score;  // "" when the problem is not scoring
  std::string tests;  // "3/3"
  std::string time;   // "15 ms": the largest CPU time of a test
};

RecordSummary summarize(const std::string& line) {
  const nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
  RecordSummary summary;
  summary.verdict = record.value("verdict", "IE");
  if (record.contains("score") && record["score"].is_number()) {
    summary.score = report::format_score(record["score"].get<double>());
    if (record.contains("max_score") && record["max_score"].is_number()) {
      summary.score += "/" + report::format_score(record["max_score"].get<double>());
    }
  }
  const nlohmann::json empty = nlohmann::json::object();
  const nlohmann::json& counts = record.contains("summary") ? record["summary"] : empty;
  summary.tests = std::to_string(counts.value("tests_passed", 0)) + "/" +
                  std::to_string(counts.value("tests_total", 0));
  summary.time = std::to_string(counts.value("max_cpu_ms", 0)) + " ms";
  return summary;
}

void print_table(const std::vector<grade::ResultRecord>& records, std::ostream& out) {
  std::vector<std::string> ids;
  std::size_t id_width = 2;
  for (const grade::ResultRecord& record : records) {
    ids.push_back(report::printable(record.id));
    id_width = std::max(id_width, ids.back().size());
  }
  const auto row = [&](const std::string& id, const std::string& verdict, const std::string& score,
                       const std::string& tests, const std::string& time) {
    out << std::left << std::setw(static_cast<int>(id_width + 2)) << id << std::setw(9) << verdict
        << std::setw(12) << score << std::setw(9) << tests << time << '\n';
  };
  row("id", "verdict", "score", "tests", "time");
  for (std::size_t i = 0; i < records.size(); ++i) {
    const RecordSummary summary = summarize(records[i].line);
    row(ids[i], summary.verdict, summary.score.empty() ? "-" : summary.score, summary.tests,
        summary.time);
  }
}

// The `judge run --json` document of a submission that was not judged: CE (it could not be
// built) or IE (its judge failed), the reason as the compile message.
std::string failure_document(const problem::Problem& problem, const grade::Submission& submission,
                             Verdict verdict, const std::string& message) {
  JudgeReport report;
  report.problem_name = problem.name;
  report.problem_dir = problem.dir.string();
  report.problem_format = problem::to_string(problem.format);
  report.solution = submission.path.string();
  report.language_id = submission.language_id;
  report.overall = verdict;
  report.compile.status = verdict == Verdict::kCompileError
                              ? CompileOutcome::Status::kFailed
                              : CompileOutcome::Status::kInternalError;
  report.compile.message = message;
  return report::to_json(report);
}

void check_languages(const GradeOptions& options, const std::vector<grade::Submission>& all,
                     const lang::Registry& registry) {
  if (!options.language_id.empty() && registry.find(options.language_id) == nullptr) {
    throw ConfigError(
        "", "--lang",
        "unknown language '" + options.language_id + "'; `judge languages` lists the ids");
  }
  for (const grade::Submission& submission : all) {
    if (!submission.language_id.empty() && registry.find(submission.language_id) == nullptr) {
      throw ConfigError(
          submission.origin, "language",
          "unknown language '" + submission.language_id + "'; `judge languages` lists the ids");
    }
  }
}

std::string self_executable() {
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  if (error) throw InternalError("readlink(/proc/self/exe): " + error.message());
  return self.string();
}

unsigned pick_jobs(unsigned requested) {
  const std::size_t cores = parallel::host_core_cpus().size();
  if (requested == 0) return static_cast<unsigned>(std::max<std::size_t>(cores, 1));
  if (requested > cores) {
    std::cerr << "judge: note: -j " << requested << " capped to " << cores
              << ", the number of physical cores, so each submission has a core of its own\n";
    return static_cast<unsigned>(cores);
  }
  return requested;
}

}  // namespace

int grade_submissions(const GradeOptions& options) {
  const lang::Registry registry = lang::Registry::load(data_dir() / "languages", options.profile);
  const problem::Problem problem = load_judgeable_problem(options.problem_dir);
  select_tests(problem.tests, options.tests_glob);  // a --tests that selects nothing: exit 2 now
  const std::vector<grade::Submission> submissions =
      grade::collect_submissions(options.submissions);
  check_languages(options, submissions, registry);
  if (submissions.empty()) {
    throw ConfigError("", "SUBMISSION", "no submissions found in the arguments given");
  }
  report::check_file_writable(options.results.string(), "-o");

  grade::GradeRequest request;
  request.problem_dir = options.problem_dir;
  request.submissions = submissions;
  request.language_id = options.language_id;
  request.run_options = options.run_options;
  request.executable = self_executable();
  request.shard = options.shard;
  request.jobs = pick_jobs(options.jobs);
  request.results = options.results;
  grade::GradePlan plan = grade::plan_grade(request);
  for (const std::string& note : plan.notes) {
    std::cerr << "judge: note: " << options.results.string() << ": " << note << '\n';
  }

  std::size_t done = 0;
  const std::size_t total = plan.shard.size();
  grade::GradeHooks hooks;
  hooks.failure_document = [&](const grade::Submission& submission, Verdict verdict,
                               const std::string& message) {
    return failure_document(problem, submission, verdict, message);
  };
  hooks.write_results = [&](const std::string& content) {
    report::write_file_atomically(options.results.string(), content, "-o");
  };
  hooks.on_record = [&](const grade::ResultRecord& record) {
    const RecordSummary summary = summarize(record.line);
    std::cerr << "[" << ++done << "/" << total << "] " << report::printable(record.id) << "  "
              << summary.verdict << "  " << summary.tests << "  " << summary.time << '\n';
  };
  const grade::GradeOutcome outcome = grade::run_grade(request, plan, hooks);
  if (outcome.interrupted) {
    std::cerr << "judge: " << outcome.records.size() << " of " << total << " graded into "
              << options.results.string() << "; run the same command again to finish\n";
    throw Interrupted(*outcome.interrupted);
  }
  std::cout << "Graded " << total << " submissions";
  if (options.shard.count > 1) std::cout << " (shard " << grade::to_string(options.shard) << ")";
  std::cout << " on " << problem.name << " into " << options.results.string() << "\n";
  print_table(outcome.records, std::cout);
  bool internal_error = false;
  for (const grade::ResultRecord& record : outcome.records) {
    internal_error = internal_error || summarize(record.line).verdict == "IE";
  }
  return static_cast<int>(internal_error ? ExitCode::kInternal : ExitCode::kAllAccepted);
}

int merge_shards(const MergeOptions& options) {
  const grade::MergeResult merged = grade::merge_results(options.shards);
  if (!merged.refusal.empty()) {
    std::cerr << "judge: error: " << merged.refusal << '\n';
    return static_cast<int>(ExitCode::kNotAccepted);
  }
  report::write_file_atomically(options.out.string(), merged.content, "OUT");
  return static_cast<int>(ExitCode::kAllAccepted);
}

}  // namespace judge::cli
