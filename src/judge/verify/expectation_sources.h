// Where a reference submission's expectation comes from, read in this order, each refining the
// last: the folder it is in (the format's defaults, 2025-09 or legacy), an @EXPECTED_RESULTS@
// tag in its source (DOMjudge), then every key of submissions.yaml whose glob matches its path.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "judge/verify/expectation.h"
#include "problem/problem.h"

namespace judge::verify {

// The folder's expectation: accepted, wrong_answer, time_limit_exceeded, run_time_error,
// brute_force, rejected, partially_accepted, and judge's own memory_limit_exceeded; nullopt for
// any other folder. Legacy packages expect the folder's verdict as the final one, as
// problemtools does; 2025-09 packages get the format's permitted / required sets.
std::optional<Expectation> folder_expectation(const std::string& folder,
                                              problem::PackageFormat format);

// The verdicts of an `@EXPECTED_RESULTS@: A, B` tag in `source` (DOMjudge spellings: CORRECT,
// WRONG-ANSWER, TIMELIMIT, RUN-ERROR, COMPILER-ERROR, NO-OUTPUT, OUTPUT-LIMIT), applied to
// `expectation`; false when the text has no tag. ConfigError naming `file` for an unknown
// spelling or an empty list.
bool apply_expected_results_tag(const std::string& source, const std::string& file,
                                Expectation& expectation);

// One key of submissions.yaml: a glob over submission paths relative to submissions/ and what
// it sets. Fields left unset keep the earlier value.
struct SubmissionsRule {
  std::string glob;
  std::optional<VerdictSet> permitted;
  std::optional<VerdictSet> required;
  std::vector<GroupRule> groups;
  std::optional<ScoreRange> score;
  std::optional<std::string> message;
  std::optional<TimeLimitUse> time_limit_use;
  std::optional<bool> model_solution;
  std::optional<std::string> language;
  std::optional<std::string> entrypoint;
};

// submissions/submissions.yaml, else submissions.yaml in the package root, in file order;
// empty when neither exists. ConfigError naming the file, the key and the fix for a key judge
// does not implement, a verdict that is not AC/WA/TLE/RTE, a `**` glob, a bad score.
std::vector<SubmissionsRule> load_submissions_yaml(const std::filesystem::path& problem_dir);

// Does the glob match `path` ("accepted/sol.py")? `*` and `?` stop at `/`, {a,b} alternates.
bool submissions_glob_matches(const std::string& glob, const std::string& path);

// Applies every matching rule in order; returns how many matched.
int apply_submissions_rules(const std::vector<SubmissionsRule>& rules, const std::string& path,
                            Expectation& expectation);

}  // namespace judge::verify
