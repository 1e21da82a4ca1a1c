// load_problem: tells the package spellings apart and puts the pieces together. The format
// details live in problem_yaml.cc (problem.yaml), output_validator.cc, test_data.cc (data/) and
// plain_folder.cc.
#include <system_error>

#include "problem/checker_choice.h"
#include "problem/folder_listing.h"
#include "problem/output_validator.h"
#include "problem/package_contents.h"
#include "problem/plain_folder.h"
#include "problem/polygon/load_polygon.h"
#include "problem/problem.h"
#include "problem/problem_yaml.h"
#include "problem/test_data.h"
#include "problem/time_limit_files.h"
#include "util/error.h"

namespace judge::problem {

namespace fs = std::filesystem;

namespace {

void check_is_directory(const fs::path& dir) {
  std::error_code ec;
  const fs::file_status status = fs::status(dir, ec);
  if (!fs::exists(status)) {
    throw ConfigError(dir.string(), "", "does not exist; expected a problem directory");
  }
  if (!fs::is_directory(status)) {
    throw ConfigError(dir.string(), "",
                      "is not a directory; expected a problem directory (problem.yaml and data/, "
                      "or NAME.in + NAME.ans pairs)");
  }
}

// "problems/hello/" and "problems/hello" are both called "hello".
std::string folder_name(const fs::path& dir) {
  fs::path normal = fs::absolute(dir).lexically_normal();
  if (normal.filename().empty()) normal = normal.parent_path();
  return normal.filename().string();
}

[[noreturn]] void throw_no_tests(const fs::path& dir) {
  throw ConfigError(dir.string(), "",
                    "no test cases found: expected data/sample/*.in + *.ans and data/secret/... "
                    "(Kattis format) or NAME.in + NAME.ans pairs");
}

Problem load_kattis(const fs::path& dir, bool has_problem_yaml) {
  const ProblemConfig config =
      has_problem_yaml ? read_problem_yaml(dir / "problem.yaml") : default_problem_config();
  Problem problem;
  problem.dir = dir;
  problem.name = config.name.value_or(folder_name(dir));
  problem.format = config.format;
  problem.type = config.type;
  problem.submit_answer = config.submit_answer;
  problem.limits = config.limits;
  read_time_limit_files(dir, problem.limits);
  problem.languages = config.languages;
  problem.unimplemented = config.unimplemented;
  problem.validator = find_output_validator(dir, config);
  apply_checker_choice(problem.validator, config.checker, dir / "problem.yaml");

  TestDataOptions options;
  options.format = config.format;
  options.type = config.type;
  // The interactive validator feeds the submission from the .in file and judges it itself, so
  // an answer file is optional there.
  options.answers_optional = config.interactive;
  options.problem_validator_args = config.validator_args;
  TestData data = collect_kattis_tests(dir, options);
  problem.tests = std::move(data.tests);
  problem.scoring_groups = std::move(data.scoring_groups);
  problem.legacy_grading = std::move(data.legacy_grading);
  if (is_directory_following_links(dir / "include"))
    problem.include_dir = resolve_links(dir / "include");
  if (problem.tests.empty()) throw_no_tests(dir);
  return problem;
}

Problem load_plain(const fs::path& dir) {
  Problem problem;
  problem.dir = dir;
  problem.name = folder_name(dir);
  problem.format = PackageFormat::kPlainFolder;
  problem.tests = collect_plain_tests(dir);
  if (problem.tests.empty()) throw_no_tests(dir);
  return problem;
}

}  // namespace

Problem load_problem(const fs::path& dir, const LoadOptions& options) {
  check_is_directory(dir);
  check_package_contents(dir);
  const bool has_problem_yaml = is_regular_file_following_links(dir / "problem.yaml");
  if (!has_problem_yaml && is_regular_file_following_links(dir / "problem.xml")) {
    return polygon::load_polygon(dir, options.polygon_testset);
  }
  if (options.polygon_testset != "tests") {
    throw ConfigError(dir.string(), "--testset",
                      "names \"" + options.polygon_testset +
                          "\", but testsets are a Polygon package's (problem.xml); this package "
                          "has none: leave --testset out");
  }
  if (has_problem_yaml || is_directory_following_links(dir / "data")) {
    return load_kattis(dir, has_problem_yaml);
  }
  return load_plain(dir);
}

std::string to_string(PackageFormat format) {
  switch (format) {
    case PackageFormat::k2025_09:
      return "2025-09";
    case PackageFormat::kLegacy:
      return "legacy";
    case PackageFormat::kPlainFolder:
      return "plain";
    case PackageFormat::kPolygon:
      return "polygon";
  }
  return "unknown";
}

}  // namespace judge::problem
