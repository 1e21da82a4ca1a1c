// `judge grade`: every submission of a shard judged once, its record appended to the results
// file as soon as it is done, records of an earlier run reused while their key still matches.
//
//   plan_grade()  hash the problem, the options and every submission; pick the shard; keep the
//                 records of an earlier (killed) run whose record_key is still wanted
//   run_grade()   judge the rest, -j at once on the CPU slots, each in a `judge run --json`
//                 process, appending one record each; at the end rewrite the file in id order
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "judge/grade/results_file.h"
#include "judge/grade/shard.h"
#include "judge/grade/submission_set.h"
#include "judge/verdict.h"

namespace judge::grade {

struct GradeRequest {
  std::filesystem::path problem_dir;
  std::vector<Submission> submissions;  // every submission of the set, sorted by id
  std::string language_id;              // --lang ("" = detect); a manifest's language wins
  // Options given to every `judge run` (--time-limit 2s, --tests ..., --profile ...): part of
  // the options hash, so changing them regrades.
  std::vector<std::string> run_options;
  std::string executable;  // this judge binary
  Shard shard;
  unsigned jobs = 1;
  std::filesystem::path results;
};

struct PlannedSubmission {
  const Submission* submission = nullptr;
  std::string sha256;
  std::string not_plain;  // a listed submission holding a link or special file: graded CE
  std::string record_key;
};

struct GradePlan {
  ResultsHeader header;
  std::vector<PlannedSubmission> shard;  // this shard's submissions, by id
  std::vector<ResultRecord> kept;        // finished records of an earlier run, still valid
  std::vector<std::size_t> todo;         // indexes into `shard` still to grade
  std::vector<std::string> notes;        // what was dropped from the earlier file, and why
};

GradePlan plan_grade(const GradeRequest& request);

// What grading needs from the layers above (report builds the JSON documents and writes files).
struct GradeHooks {
  // The `judge run --json` document of a submission that could not be judged: CE (it could not
  // be built: missing, a link, unknown language) or IE (its judge process failed).
  std::function<std::string(const Submission&, Verdict, const std::string& message)>
      failure_document;
  // Replaces the results file with `content` atomically (temporary file, fsync, rename).
  std::function<void(const std::string& content)> write_results;
  // Called on the calling thread as each record is written, in id order.
  std::function<void(const ResultRecord& record)> on_record;
};

struct GradeOutcome {
  std::vector<ResultRecord> records;  // of the shard, by id (kept and new)
  std::optional<int> interrupted;     // the signal that stopped grading early
};

// Throws ConfigError when a submission's judge reports a problem with the package itself (the
// message names a file inside PROBLEM_DIR, e.g. a validator that does not compile).
GradeOutcome run_grade(const GradeRequest& request, GradePlan& plan, const GradeHooks& hooks);

}  // namespace judge::grade
