// The command lines of `judge grade` and `judge merge` (man/judge.1, GRADING), as plain options.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "judge/grade/shard.h"

namespace judge::cli {

struct GradeOptions {
  std::filesystem::path problem_dir;
  std::vector<std::filesystem::path> submissions;
  std::filesystem::path results = "grade.jsonl";  // -o
  unsigned jobs = 0;                              // -j; 0 = one per physical core
  grade::Shard shard;                             // --shard, 1/1 by default
  std::string language_id;                        // --lang
  std::string profile;                            // --profile
  std::string tests_glob;                         // --tests
  // Every option handed on to each `judge run` as given, once checked: limits, --tests,
  // --profile, --require-cgroup (the compile cache's bound comes from JUDGE_CACHE_SIZE).
  std::vector<std::string> run_options;
};

struct MergeOptions {
  std::filesystem::path out;
  std::vector<std::filesystem::path> shards;
};

// What CLI11 fills in; checked by finish_grade().
struct RawGradeOptions {
  std::string problem_dir, results = "grade.jsonl", shard, language, profile, tests;
  std::vector<std::string> submissions;
  std::string time_limit, wall_time_limit, memory_limit, output_limit;
  unsigned jobs = 0;
  bool require_cgroup = false;
};

void define_grade(CLI::App& grade, RawGradeOptions& raw);
void define_merge(CLI::App& merge, MergeOptions& options);
// ConfigError naming the option for a value that is not a duration, size or I/N.
GradeOptions finish_grade(const RawGradeOptions& raw);

}  // namespace judge::cli
