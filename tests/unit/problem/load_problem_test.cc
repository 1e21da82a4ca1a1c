// load_problem on the checked-in fixture packages under tests/fixtures/problem/.
#include <catch2/catch.hpp>

#include "problem/problem.h"
#include "test_helpers.h"

using namespace judge::problem;
using judge::problem::testing::args;
using judge::problem::testing::fixture;
using judge::problem::testing::load_error;
using judge::problem::testing::test_names;
namespace fs = std::filesystem;

TEST_CASE("legacy package: limits, validator and testdata.yaml flags", "[problem][legacy]") {
  const Problem problem = load_problem(fixture("legacy_scoring"));
  CHECK(problem.format == PackageFormat::kLegacy);
  CHECK(problem.name == "Legacy Sum");
  CHECK(problem.type == ProblemType::kScoring);
  CHECK(problem.limits.time_limit_ms == 1000);
  CHECK(problem.limits.time_limit_source.empty());
  CHECK(problem.limits.memory_bytes == 512ll << 20);
  CHECK(problem.limits.output_bytes == 16ll << 20);
  CHECK(problem.limits.ac_to_time_limit == 3.0);
  CHECK(problem.limits.time_limit_to_tle == 1.5);

  CHECK(problem.validator.kind == ValidatorSpec::Kind::kCustom);
  CHECK(problem.validator.custom_path ==
        fs::canonical(fixture("legacy_scoring") / "output_validators/checker/checker.cpp"));
  CHECK_FALSE(problem.validator.interactive);

  REQUIRE(test_names(problem) == std::vector<std::string>{"sample/1", "secret/easy/01",
                                                          "secret/easy/02", "secret/hard/big"});
  const TestCase& sample = problem.tests[0];
  CHECK(sample.is_sample);
  CHECK(sample.group == "sample");
  CHECK(sample.validator_args == args({"float_tolerance", "1e-6"}));
  CHECK(sample.points == 1.0);  // legacy samples count unless the root ignores them

  const TestCase& easy = problem.tests[1];
  CHECK_FALSE(easy.is_sample);
  CHECK(easy.group == "secret/easy");
  CHECK(easy.input == fs::canonical(fixture("legacy_scoring") / "data/secret/easy/01.in"));
  CHECK(easy.answer == fs::canonical(fixture("legacy_scoring") / "data/secret/easy/01.ans"));
  CHECK(easy.validator_args == args({"float_tolerance", "1e-6", "case_sensitive"}));
  CHECK(easy.points == 5.0);
  CHECK(fs::file_size(problem.tests[2].answer) == 0);  // an empty .ans is a valid answer

  // The closest testdata.yaml wins over secret/testdata.yaml, flags and score alike.
  const TestCase& hard = problem.tests[3];
  CHECK(hard.validator_args == args({"float_tolerance", "1e-6", "space_change_sensitive"}));
  CHECK(hard.points == 20.0);
}

TEST_CASE("2025-09 package: nested groups, ordering and per-test arguments", "[problem][2025]") {
  const fs::path dir = fixture("v2025_groups");
  const Problem problem = load_problem(dir);
  CHECK(problem.format == PackageFormat::k2025_09);
  CHECK(problem.name == "Groups");  // English picked from the map
  CHECK(problem.type == ProblemType::kScoring);
  CHECK(problem.limits.time_limit_ms == 2500);
  CHECK_FALSE(problem.limits.time_limit_source.empty());
  CHECK(problem.limits.memory_bytes == 1024ll << 20);
  CHECK(problem.limits.output_bytes == 32ll << 20);
  CHECK(problem.limits.ac_to_time_limit == 3.0);
  CHECK(problem.limits.time_limit_to_tle == 2.0);
  CHECK(problem.validator.kind == ValidatorSpec::Kind::kCustom);
  // .gitignore is hidden, so the folder holds exactly one source file.
  CHECK(problem.validator.custom_path == fs::canonical(dir / "output_validator/validator.cpp"));

  // Samples first; inside a folder test cases and subfolders sort together (a, b/x, c);
  // hidden .hidden.in and the 03.files/ folder are not tests.
  REQUIRE(test_names(problem) == std::vector<std::string>{"sample/01", "sample/02",
                                                          "secret/group1/01", "secret/group1/02",
                                                          "secret/group1/03", "secret/group2/a",
                                                          "secret/group2/b/x", "secret/group2/c"});
  CHECK(problem.tests[1].is_sample);
  CHECK_FALSE(problem.tests[2].is_sample);
  CHECK(problem.tests[2].group == "secret/group1");
  CHECK(problem.tests[6].group == "secret/group2/b");

  const auto base = args({"float_tolerance", "1e-6"});
  CHECK(problem.tests[0].validator_args == base);
  CHECK(problem.tests[2].validator_args ==
        args({"float_tolerance", "1e-6", "space_change_sensitive", "case_sensitive"}));
  CHECK(problem.tests[3].validator_args ==
        args({"float_tolerance", "1e-6", "space_change_sensitive", "case_sensitive",
              "float_absolute_tolerance", "0.5"}));
  CHECK(problem.tests[5].validator_args ==
        args({"float_tolerance", "1e-6", "space_change_sensitive"}));

  // group1's max_score 30 is split over its 3 tests; group2 has no test_group.yaml: a
  // pass-fail group without max_score, worth nothing.
  CHECK(problem.tests[0].points == 0.0);
  CHECK(problem.tests[2].points == Approx(10.0));
  CHECK(problem.tests[4].points == Approx(10.0));
  CHECK(problem.tests[5].points == 0.0);
  CHECK(problem.tests[6].points == 0.0);
}

TEST_CASE("2025-09 interactive package: .ans optional, validator folder", "[problem][2025]") {
  const fs::path dir = fixture("v2025_interactive");
  const Problem problem = load_problem(dir);
  CHECK(problem.type == ProblemType::kPassFail);
  CHECK(problem.validator.interactive);
  CHECK(problem.validator.kind == ValidatorSpec::Kind::kCustom);
  CHECK(problem.validator.custom_path ==
        fs::canonical(dir / "output_validator"));  // two files: the folder
  REQUIRE(problem.tests.size() == 2);
  CHECK_FALSE(problem.tests[0].answer.empty());
  CHECK(problem.tests[1].name == "secret/1");
  CHECK(problem.tests[1].answer.empty());
  CHECK_FALSE(problem.tests[1].points);  // pass-fail: no points
}

TEST_CASE("plain folder: NAME.in with NAME.ans or NAME.out, natural order", "[problem][plain]") {
  const fs::path dir = fixture("plain");
  const Problem problem = load_problem(dir);
  CHECK(problem.format == PackageFormat::kPlainFolder);
  CHECK(problem.name == "plain");
  CHECK(problem.limits.time_limit_ms == 1000);
  CHECK(problem.limits.memory_bytes == 2048ll << 20);
  CHECK(problem.limits.output_bytes == 8ll << 20);
  CHECK(problem.validator.kind == ValidatorSpec::Kind::kDefault);
  REQUIRE(test_names(problem) == std::vector<std::string>{"1", "2", "10"});
  CHECK(problem.tests[1].answer == fs::canonical(dir / "2.out"));
  for (const TestCase& test : problem.tests) {
    CHECK(test.group.empty());
    CHECK_FALSE(test.is_sample);
    CHECK(test.validator_args.empty());
  }
}

TEST_CASE("plain folder with a tests/ subfolder", "[problem][plain]") {
  const Problem problem = load_problem(fixture("plain_tests_subfolder") / "");  // trailing slash
  CHECK(problem.name == "plain_tests_subfolder");
  REQUIRE(test_names(problem) == std::vector<std::string>{"a"});
  CHECK(problem.tests[0].answer == fs::canonical(fixture("plain_tests_subfolder") / "tests/a.ans"));
}

TEST_CASE("symlinked test files and folders are followed", "[problem][symlink]") {
  const fs::path dir = fixture("symlinked");
  const Problem problem = load_problem(dir);
  REQUIRE(test_names(problem) == std::vector<std::string>{"secret/1", "secret/linked/g1"});
  CHECK(problem.tests[0].input == fs::canonical(dir / "shared/real.in"));
  CHECK(problem.tests[0].answer == fs::canonical(dir / "shared/real.ans"));
  CHECK(problem.tests[1].group == "secret/linked");
  CHECK(problem.tests[1].input == fs::canonical(dir / "shared/group/g1.in"));
}

TEST_CASE("malformed packages name the file and the field", "[problem][errors]") {
  SECTION("YAML syntax error: file and line") {
    const auto error = load_error(fixture("bad_yaml_syntax"));
    CHECK(error.file() == (fixture("bad_yaml_syntax") / "problem.yaml").string());
    CHECK(error.field().empty());
    CHECK_THAT(error.what(), Catch::Contains("line 4"));
  }
  SECTION("time_limit is not a number") {
    const auto error = load_error(fixture("time_limit_not_number"));
    CHECK(error.file() == (fixture("time_limit_not_number") / "problem.yaml").string());
    CHECK(error.field() == "limits.time_limit");
    CHECK_THAT(error.what(), Catch::Contains("expected a number of seconds such as 2 or 1.5"));
  }
  SECTION("negative memory") {
    const auto error = load_error(fixture("negative_memory"));
    CHECK(error.file() == (fixture("negative_memory") / "problem.yaml").string());
    CHECK(error.field() == "limits.memory");
  }
  SECTION(".in without .ans names the .in file") {
    const auto error = load_error(fixture("in_without_ans"));
    CHECK(error.file() == (fixture("in_without_ans") / "data/secret/02.in").string());
    CHECK_THAT(error.what(), Catch::Contains("02.ans"));
  }
  SECTION("a directory without tests") {
    const auto error = load_error(fixture("empty_dir"));
    CHECK(error.file() == fixture("empty_dir").string());
    CHECK(error.field().empty());
    CHECK_THAT(error.what(), Catch::Contains("no test cases found"));
  }
  SECTION("a Kattis package without tests") {
    const auto error = load_error(fixture("no_tests"));
    CHECK(error.file() == fixture("no_tests").string());
    CHECK_THAT(error.what(), Catch::Contains("no test cases found"));
  }
  SECTION("a directory that does not exist") {
    const auto error = load_error(fixture("does_not_exist"));
    CHECK(error.file() == fixture("does_not_exist").string());
    CHECK_THAT(error.what(), Catch::Contains("does not exist"));
  }
  SECTION("a file instead of a directory") {
    const auto error = load_error(fixture("plain") / "1.in");
    CHECK(error.file() == (fixture("plain") / "1.in").string());
    CHECK_THAT(error.what(), Catch::Contains("not a directory"));
  }
}

TEST_CASE("to_string names each package format", "[problem]") {
  CHECK(to_string(PackageFormat::k2025_09) == "2025-09");
  CHECK(to_string(PackageFormat::kLegacy) == "legacy");
  CHECK(to_string(PackageFormat::kPlainFolder) == "plain");
}
