#include "cli/grade_options.h"

#include "cli/options.h"
#include "util/error.h"

namespace judge::cli {

namespace {

// Checks a duration or size option like `judge run` does and hands it on as given.
void pass_on(std::vector<std::string>& run_options, const std::string& option,
             const std::string& value, bool is_duration) {
  if (value.empty()) return;
  if (is_duration) {
    duration_option(option, value);
  } else {
    size_option(option, value);
  }
  run_options.push_back(option);
  run_options.push_back(value);
}

}  // namespace

void define_grade(CLI::App& grade, RawGradeOptions& raw) {
  grade.add_option("problem", raw.problem_dir, "Problem package directory")->required();
  grade
      .add_option("submissions", raw.submissions,
                  "Source files, folders of submissions (one per entry), or CSV/JSON manifests")
      ->required();
  grade.add_option("-o,--output", raw.results,
                   "Results file, JSON lines; rerun the same command to resume (default: "
                   "grade.jsonl)");
  grade
      .add_option("-j,--jobs", raw.jobs,
                  "Submissions judged at once, each on its own physical core (default: the "
                  "number of physical cores)")
      ->check(CLI::PositiveNumber);
  grade.add_option("--shard", raw.shard,
                   "Grade only shard I of N (I from 1), e.g. --shard $SLURM_ARRAY_TASK_ID/4");
  grade.add_option("--lang", raw.language,
                   "Language id of every submission (a manifest's language column wins)");
  grade.add_option("--time-limit", raw.time_limit, "CPU time limit per test, as for run");
  grade.add_option("--wall-time-limit", raw.wall_time_limit, "Wall-clock limit per test");
  grade.add_option("--memory-limit", raw.memory_limit, "Memory limit, e.g. 256m");
  grade.add_option("--output-limit", raw.output_limit, "Output limit, e.g. 8m");
  grade.add_option("--tests", raw.tests, "Run only tests whose name matches, e.g. \"secret/*\"");
  grade.add_option("--profile", raw.profile, "Settings profile, as for run");
  grade.add_flag("--require-cgroup", raw.require_cgroup,
                 "Fail (exit 2) unless limits are enforced by a cgroup");
}

void define_merge(CLI::App& merge, MergeOptions& options) {
  merge.add_option("out", options.out, "The merged results file to write")->required();
  merge.add_option("shards", options.shards, "The results files of every shard")->required();
}

GradeOptions finish_grade(const RawGradeOptions& raw) {
  GradeOptions options;
  options.problem_dir = raw.problem_dir;
  options.submissions.assign(raw.submissions.begin(), raw.submissions.end());
  if (raw.results.empty()) throw ConfigError("", "-o", "must name a file");
  options.results = raw.results;
  options.jobs = raw.jobs;
  if (!raw.shard.empty()) options.shard = grade::parse_shard(raw.shard);
  options.language_id = raw.language;
  options.profile = raw.profile;
  options.tests_glob = raw.tests;
  std::vector<std::string>& run = options.run_options;
  pass_on(run, "--time-limit", raw.time_limit, true);
  pass_on(run, "--wall-time-limit", raw.wall_time_limit, true);
  pass_on(run, "--memory-limit", raw.memory_limit, false);
  pass_on(run, "--output-limit", raw.output_limit, false);
  if (!raw.tests.empty()) run.insert(run.end(), {"--tests", raw.tests});
  if (!raw.profile.empty()) run.insert(run.end(), {"--profile", raw.profile});
  if (raw.require_cgroup) run.push_back("--require-cgroup");
  return options;
}

}  // namespace judge::cli
