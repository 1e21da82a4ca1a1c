#include "judge/grade/grader.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "judge/grade/content_hash.h"
#include "judge/grade/judge_process.h"
#include "judge/parallel/cpu_topology.h"
#include "judge/parallel/pool.h"
#include "util/error.h"
#include "util/interrupt.h"
#include "util/sha256.h"
#include "util/version.h"

namespace judge::grade {

namespace {

// Parts joined with a separator no id or option holds (ids have no control characters).
std::string hash_parts(const std::vector<std::string>& parts) {
  Sha256 hash;
  for (const std::string& part : parts) {
    hash.update(std::to_string(part.size()) + ":");
    hash.update(part);
  }
  return hash.hex_digest();
}

std::string effective_language(const GradeRequest& request, const Submission& submission) {
  return submission.language_id.empty() ? request.language_id : submission.language_id;
}

std::string options_sha256(const GradeRequest& request) {
  std::vector<std::string> parts{std::string(judge_version()), request.language_id};
  parts.insert(parts.end(), request.run_options.begin(), request.run_options.end());
  return hash_parts(parts);
}

// "judge: error: FILE: FIELD: message" -> "FILE: FIELD: message"; else the last line of stderr.
std::string error_message(const std::string& err) {
  const std::string marker = "judge: error: ";
  const std::size_t at = err.find(marker);
  std::string message = at == std::string::npos ? err : err.substr(at + marker.size());
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  return message.empty() ? "(no message)" : message;
}

// A ConfigError that names a file inside the package is the package's fault, not the
// submission's: the whole grade stops with it (exit 2) rather than grading everyone CE.
bool names_package_file(const std::string& message, const std::filesystem::path& problem_dir) {
  std::error_code error;
  // The judge names package files as given or made absolute (validators, problem.yaml).
  for (std::filesystem::path dir :
       {problem_dir, std::filesystem::absolute(problem_dir, error).lexically_normal(),
        std::filesystem::weakly_canonical(problem_dir, error)}) {
    std::string text = dir.string();
    while (text.size() > 1 && text.back() == '/') text.pop_back();
    if (text.empty()) continue;
    if (message.rfind(text + "/", 0) == 0 || message.rfind(text + ":", 0) == 0) return true;
  }
  return false;
}

std::string describe_end(const ProcessOutcome& outcome) {
  if (!outcome.exited)
    return "the judge process was killed by signal " + std::to_string(outcome.signal);
  if (outcome.exit_code == 127) return "the judge process could not be started";
  return "the judge process exited with " + std::to_string(outcome.exit_code);
}

// The record of one submission; nullopt when grading was interrupted before it finished.
std::optional<std::string> grade_one(const GradeRequest& request, const PlannedSubmission& planned,
                                     const GradeHooks& hooks) {
  const Submission& submission = *planned.submission;
  auto record = [&](const std::string& run_json) {
    return record_line(submission.id, submission.path.string(), planned.sha256, planned.record_key,
                       run_json);
  };
  if (!planned.not_plain.empty()) {
    return record(hooks.failure_document(
        submission, Verdict::kCompileError,
        planned.not_plain + "; submissions are read without following links or special files"));
  }
  std::vector<std::string> argv{request.executable, "run", "--json"};
  argv.insert(argv.end(), request.run_options.begin(), request.run_options.end());
  const std::string language = effective_language(request, submission);
  if (!language.empty()) {
    argv.push_back("--lang");
    argv.push_back(language);
  }
  argv.push_back("--");
  argv.push_back(submission.path.string());
  argv.push_back(request.problem_dir.string());

  const ProcessOutcome outcome = run_judge_process(argv);
  if (pending_interrupt() != 0) return std::nullopt;
  if (outcome.exited && (outcome.exit_code == 0 || outcome.exit_code == 1)) {
    try {
      return record(outcome.out);
    } catch (const InternalError& error) {
      return record(hooks.failure_document(
          submission, Verdict::kInternalError,
          std::string(error.what()) + "; stderr: " + error_message(outcome.err)));
    }
  }
  if (outcome.exited && outcome.exit_code == 2) {
    const std::string message = error_message(outcome.err);
    if (names_package_file(message, request.problem_dir)) throw ConfigError(message);
    return record(hooks.failure_document(submission, Verdict::kCompileError, message));
  }
  return record(hooks.failure_document(submission, Verdict::kInternalError,
                                       describe_end(outcome) + ": " + error_message(outcome.err)));
}

}  // namespace

GradePlan plan_grade(const GradeRequest& request) {
  GradePlan plan;
  ResultsHeader& header = plan.header;
  header.problem_dir = request.problem_dir.string();
  header.problem_sha256 = tree_sha256(request.problem_dir, true).sha256;
  header.options_sha256 = options_sha256(request);
  header.submissions = request.submissions.size();
  header.shard = request.shard;

  std::vector<std::string> set_parts{header.problem_sha256, header.options_sha256};
  for (std::size_t i = 0; i < request.submissions.size(); ++i) {
    const Submission& submission = request.submissions[i];
    const TreeHash tree = tree_sha256(submission.path, !submission.listed);
    const std::string language = effective_language(request, submission);
    set_parts.insert(set_parts.end(), {submission.id, tree.sha256, language});
    if (!in_shard(i, request.shard)) continue;
    const std::string key = hash_parts(
        {submission.id, tree.sha256, language, header.problem_sha256, header.options_sha256});
    plan.shard.push_back({&submission, tree.sha256, tree.not_plain, key});
  }
  header.set_sha256 = hash_parts(set_parts);
  header.shard_submissions = plan.shard.size();

  const ResultsFile earlier = read_results(request.results);
  if (earlier.torn_tail) plan.notes.push_back("dropped a torn last line (a write cut by a crash)");
  for (std::size_t line : earlier.bad_lines) {
    plan.notes.push_back("dropped line " + std::to_string(line) + ": not a record");
  }
  std::map<std::string, std::size_t> wanted;  // record_key -> index in plan.shard
  for (std::size_t i = 0; i < plan.shard.size(); ++i) wanted.emplace(plan.shard[i].record_key, i);
  std::set<std::size_t> done;
  for (const ResultRecord& record : earlier.records) {
    const auto it = wanted.find(record.record_key);
    if (it == wanted.end() || record.id != plan.shard[it->second].submission->id) {
      plan.notes.push_back("regrading '" + record.id +
                           "': the submission, the package or the options changed");
    } else if (!done.insert(it->second).second) {
      plan.notes.push_back("dropped a second record of '" + record.id + "'");
    } else {
      plan.kept.push_back(record);
    }
  }
  for (std::size_t i = 0; i < plan.shard.size(); ++i) {
    if (done.count(i) == 0) plan.todo.push_back(i);
  }
  return plan;
}

GradeOutcome run_grade(const GradeRequest& request, GradePlan& plan, const GradeHooks& hooks) {
  // The file now holds exactly the header and the kept records; new ones are appended to it.
  hooks.write_results(results_content(plan.header, plan.kept));
  RecordAppender appender(request.results);
  std::mutex append_mutex;
  GradeOutcome outcome;
  for (const ResultRecord& record : plan.kept) hooks.on_record(record);

  std::vector<std::optional<ResultRecord>> graded(plan.todo.size());
  parallel::CpuSlots slots(parallel::host_core_cpus());
  parallel::run_in_order(
      plan.todo.size(), request.jobs, slots,
      [&](std::size_t item, const parallel::Worker&) {
        if (pending_interrupt() != 0) return;
        const PlannedSubmission& planned = plan.shard[plan.todo[item]];
        const std::optional<std::string> line = grade_one(request, planned, hooks);
        if (!line) return;
        {
          const std::lock_guard<std::mutex> lock(append_mutex);
          appender.append(*line);
        }
        graded[item] = ResultRecord{planned.submission->id, planned.record_key,
                                    line->substr(0, line->size() - 1)};
      },
      [&](std::size_t item) {
        if (graded[item]) hooks.on_record(*graded[item]);
        return pending_interrupt() == 0;
      });

  outcome.records = plan.kept;
  for (std::optional<ResultRecord>& record : graded) {
    if (record) outcome.records.push_back(std::move(*record));
  }
  std::sort(outcome.records.begin(), outcome.records.end(),
            [](const ResultRecord& a, const ResultRecord& b) { return a.id < b.id; });
  if (const int signal = pending_interrupt(); signal != 0) {
    outcome.interrupted = signal;
    return outcome;
  }
  hooks.write_results(results_content(plan.header, outcome.records));
  return outcome;
}

}  // namespace judge::grade
