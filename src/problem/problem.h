// The problem model: what `judge` needs to know about a problem package, whatever its on-disk
// spelling (ICPC/Kattis 2025-09, legacy Kattis, or a plain folder of NAME.in + NAME.ans pairs).
#pragma once

#include <cstdint>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace judge::problem {

enum class PackageFormat { k2025_09, kLegacy, kPlainFolder, kPolygon };
enum class ProblemType { kPassFail, kScoring };

struct ProblemLimits {
  std::int64_t time_limit_ms = 1000;    // CPU time per test case
  std::int64_t wall_time_limit_ms = 0;  // 0 = 3 x time limit
  std::int64_t memory_bytes = 2048ll << 20;
  std::int64_t output_bytes = 8ll << 20;
  // Recorded for reports; judge uses time_limit_ms as given.
  double ac_to_time_limit = 2.0;
  double time_limit_to_tle = 1.5;
  // Where time_limit_ms came from: "problem.yaml", "problem.xml", ".timelimit",
  // "domjudge-problem.ini", or "" (the documented default: the package gives none).
  std::string time_limit_source;
  int validation_passes = 2;       // multi-pass: most passes of one test (2025-09 default 2)
  double time_resolution_s = 1.0;  // 2025-09 limits.time_resolution
  // Set by problem.yaml; unset = the judge's own default.
  std::optional<std::int64_t> code_bytes;                // limits.code (KiB in the file)
  std::optional<std::int64_t> compilation_time_ms;       // limits.compilation_time
  std::optional<std::int64_t> compilation_memory_bytes;  // limits.compilation_memory
  std::optional<std::int64_t> validation_time_ms;        // limits.validation_time
  std::optional<std::int64_t> validation_memory_bytes;   // limits.validation_memory
  std::optional<std::int64_t> validation_output_bytes;   // limits.validation_output
};

// A problem.yaml key (or one value of it) that judge reads but does not implement. See
// problem/unimplemented.h: such a problem is refused by name, never judged as something else.
struct Unimplemented {
  std::string key;    // "type", "limits.validation_passes"
  std::string value;  // "multi-pass"; "" when any value is refused
  std::string why;
};

struct TestCase {
  std::string name;   // path below data/ without extension: "sample/1", "secret/group1/03"
  std::string group;  // parent folder below data/: "sample", "secret/group1"; "" for plain
  std::filesystem::path input;   // NAME.in (symlinks resolved)
  std::filesystem::path answer;  // NAME.ans (or NAME.out in a plain folder)
  // Interactive samples: NAME.interaction, the exchange to show (lines "<" from the validator,
  // ">" from the submission, "---" between passes); empty when there is none.
  std::filesystem::path interaction;
  bool is_sample = false;
  // Output validator arguments for this case: problem-level, then group (testdata.yaml /
  // test_group.yaml), then the case's own NAME.yaml, in that order.
  std::vector<std::string> validator_args;
  // Scoring problems: the most this case can earn (nullopt: an unbounded group, where only the
  // validator's score.txt gives points). Samples are worth 0.
  std::optional<double> points;
  // 2025-09 `args` of NAME.yaml (else the closest test_group.yaml): the submission's arguments.
  std::vector<std::string> args;
  std::filesystem::path files_dir;  // NAME.files/, copied into the work dir; "" when absent
};

// 2025-09 score aggregation of secret or of a test data group below it (also Polygon groups).
enum class ScoreAggregation { kPassFail, kSum, kMin };

struct ScoringGroup {
  std::string name;  // "secret" or "secret/group1" (Polygon: "secret/<group name>")
  ScoreAggregation aggregation = ScoreAggregation::kPassFail;
  std::optional<double> max_score;        // nullopt: unbounded
  std::vector<std::string> require_pass;  // names of groups ("sample" included) to pass first
  std::string defined_in;                 // the file that configured it, for messages
};

// Legacy testdata.yaml grading of one folder below data/, after inheritance from its parents.
struct LegacyGrading {
  enum class VerdictRule { kWorstError, kFirstError, kAlwaysAccept };
  enum class ScoreRule { kSum, kAvg, kMin, kMax };
  std::string folder;  // "" (data/ itself), "sample", "secret", "secret/g1", ...
  bool on_reject_break = true;
  double accept_score = 1;
  double reject_score = 0;
  double range_min = -std::numeric_limits<double>::infinity();
  double range_max = std::numeric_limits<double>::infinity();
  VerdictRule verdict_rule = VerdictRule::kWorstError;
  ScoreRule score_rule = ScoreRule::kSum;
  bool ignore_sample = false;
  bool accept_if_any_accepted = false;
};

// The output checker chosen by problem.yaml `checker:` (or by a Polygon problem.xml): the Kattis
// output validator protocol, a testlib checker program, or one of the built-in testlib checkers.
enum class CheckerProtocol { kKattis, kTestlib, kBuiltin };

struct ValidatorSpec {
  enum class Kind { kDefault, kCustom };
  Kind kind = Kind::kDefault;
  // kCustom: the validator's source file or directory (output_validator/ or output_validators/X),
  // absolute with symlinks resolved. A folder holding a single file is given as that file.
  std::filesystem::path custom_path;
  bool interactive = false;  // the validator is the interactor (type interactive)
  bool multi_pass = false;   // the validator may ask for more passes (type multi-pass)
  // How the validator says its verdict: Kattis exit codes 42/43, or testlib's (0 OK, 1 WA...);
  // problem.yaml `checker: testlib` (or its older alias `output_validator_protocol: testlib`).
  bool testlib = false;
  CheckerProtocol protocol = CheckerProtocol::kKattis;
  std::string builtin_name;  // kBuiltin: "wcmp", "ncmp", ...
  // kCustom given as one source file: other files compiled beside it (a Polygon package's
  // testlib.h from files/resources), absolute with symlinks resolved.
  std::vector<std::filesystem::path> extra_files;
  // Polygon's interactive packages with a checker: once the (testlib) interactor accepted, its
  // output file tout is checked by the package's testlib checker as `checker input tout answer`.
  struct ToutChecker {
    std::filesystem::path source;  // a testlib source compiled with extra_files, or
    std::string builtin_name;      // a built-in standard checker ("wcmp") when set
  };
  std::optional<ToutChecker> tout_checker;
};

struct Problem {
  std::filesystem::path dir;
  std::string name;  // problem.yaml name (English if several), else the folder name
  PackageFormat format = PackageFormat::kPlainFolder;
  ProblemType type = ProblemType::kPassFail;
  // 2025-09 type submit-answer: the "submission" is the answers themselves, nothing is run
  // (judge/submit_answer.h).
  bool submit_answer = false;
  ProblemLimits limits;
  // problem.yaml languages: the language ids a solution may use; empty = all.
  std::vector<std::string> languages;
  std::vector<Unimplemented> unimplemented;  // refused before judging (unimplemented.h)
  ValidatorSpec validator;
  std::vector<TestCase> tests;  // in run order: sample first, then secret, lexicographic
  // Scoring problems: 2025-09 (and Polygon) groups, or legacy grading per folder.
  std::vector<ScoringGroup> scoring_groups;
  std::vector<LegacyGrading> legacy_grading;
  // include/default/ and include/<language>/ (2025-09 "Included files"); "" when absent.
  std::filesystem::path include_dir;
  // Polygon judging@input-file / @output-file: the test's input is the file of that name in the
  // work dir (stdin then empty), the output the file of that name (stdout ignored); "" = stdio.
  std::string input_file;
  std::string output_file;
  // Polygon treat-points-from-checker-as-percent: a checker's points (testlib quitp, exit 7) are
  // a percent of the test's points instead of the points themselves.
  bool checker_points_percent = false;
};

// Loads and checks a problem directory. Throws ConfigError naming the file, the field and what
// was expected for anything missing or malformed.
// polygon_testset: the testset of a Polygon package to judge (`--testset`); ConfigError naming
// --testset when another is asked of a package that is not Polygon's.
struct LoadOptions {
  std::string polygon_testset = "tests";
};
Problem load_problem(const std::filesystem::path& dir, const LoadOptions& options = {});

std::string to_string(PackageFormat format);  // "2025-09", "legacy", "plain"

}  // namespace judge::problem
