// Walking data/: order, symbolic links, group settings and points, in throw-away packages.
#include <catch2/catch.hpp>

#include "problem/problem.h"
#include "temp_package.h"
#include "test_helpers.h"

using namespace judge::problem;
namespace fs = std::filesystem;
using judge::problem::testing::args;
using judge::problem::testing::load_error;
using judge::problem::testing::TempPackage;
using judge::problem::testing::test_names;
using Names = std::vector<std::string>;

namespace {

void write_test(const TempPackage& package, const std::string& name) {
  package.write("data/" + name + ".in", name + "\n");
  package.write("data/" + name + ".ans", name + "\n");
}

const std::string k2025 = "problem_format_version: 2025-09\n";

}  // namespace

TEST_CASE("lexicographic order by name, tests and folders together", "[problem][data]") {
  TempPackage package;
  for (const char* name :
       {"secret/10", "secret/2", "secret/1", "secret/1a/x", "secret/1b", "sample/b", "sample/a"}) {
    write_test(package, name);
  }
  write_test(package, "invalid_input/bad");  // not judged
  package.write("data/top.in", "not in a group\n");
  package.write("data/top.ans", "\n");
  const Problem problem = load_problem(package.dir());
  CHECK(test_names(problem) == Names{"sample/a", "sample/b", "secret/1", "secret/10", "secret/1a/x",
                                     "secret/1b", "secret/2"});
}

TEST_CASE("only samples is enough, only secret is enough", "[problem][data]") {
  TempPackage package;
  write_test(package, "sample/1");
  CHECK(test_names(load_problem(package.dir())) == Names{"sample/1"});
  TempPackage secret_only;
  write_test(secret_only, "secret/1");
  CHECK(test_names(load_problem(secret_only.dir())) == Names{"secret/1"});
}

TEST_CASE("symbolic link problems are reported", "[problem][data][symlink]") {
  TempPackage package;
  write_test(package, "secret/1");
  SECTION("a folder linking to its parent") {
    package.symlink("..", "data/secret/loop");
    const auto error = load_error(package.dir());
    CHECK(error.file() == package.path("data/secret/loop"));
    CHECK_THAT(error.what(), Catch::Contains("loop"));
  }
  SECTION("a broken NAME.in link") {
    package.symlink("missing.in", "data/secret/2.in");
    CHECK(load_error(package.dir()).file() == package.path("data/secret/2.in"));
  }
  SECTION("a broken NAME.ans link is a missing answer") {
    package.write("data/secret/2.in", "2\n");
    package.symlink("missing.ans", "data/secret/2.ans");
    CHECK(load_error(package.dir()).file() == package.path("data/secret/2.in"));
  }
}

TEST_CASE("legacy: data/testdata.yaml applies below unless a closer one exists",
          "[problem][data][legacy]") {
  TempPackage package;
  package.write("problem.yaml", "type: scoring\nvalidator_flags: p\n");
  package.write("data/testdata.yaml", "output_validator_flags: root\n");
  package.write("data/secret/g/testdata.yaml", "accept_score: 2.5\n");
  write_test(package, "sample/1");
  write_test(package, "secret/a");
  write_test(package, "secret/g/b");
  write_test(package, "secret/g/h/c");
  package.write("data/secret/g/b.yaml", "output_validator_args: [ignored in legacy]\n");
  const Problem problem = load_problem(package.dir());
  REQUIRE(test_names(problem) == Names{"sample/1", "secret/a", "secret/g/b", "secret/g/h/c"});
  CHECK(problem.tests[0].validator_args == args({"p", "root"}));
  CHECK(problem.tests[1].validator_args == args({"p", "root"}));
  CHECK(problem.tests[1].points == 1.0);
  CHECK(problem.tests[2].validator_args == args({"p"}));  // g's testdata.yaml has no flags
  CHECK(problem.tests[2].points == 2.5);
  CHECK(problem.tests[3].points == 2.5);
}

TEST_CASE("2025-09: a group's max_score is split over every test below its folder",
          "[problem][data][scoring]") {
  TempPackage package;
  package.write("problem.yaml", k2025 + "type: scoring\n");
  package.write("data/secret/test_group.yaml", "max_score: 100\n");
  package.write("data/secret/g2/test_group.yaml", "max_score: 60\n");
  package.write("data/secret/g3/test_group.yaml", "max_score: unbounded\n");
  write_test(package, "secret/g1/a");
  write_test(package, "secret/g1/b");
  write_test(package, "secret/g2/a");
  write_test(package, "secret/g2/deeper/b");
  write_test(package, "secret/g2/deeper/c");
  write_test(package, "secret/g3/a");
  const Problem problem = load_problem(package.dir());
  REQUIRE(problem.tests.size() == 6);
  // Groups are pass-fail by default: g1 and g3 (unbounded) are worth nothing, g2's 60 is
  // shared by its 3 tests, subfolders included.
  CHECK(problem.tests[0].points == 0.0);
  CHECK(problem.tests[1].points == 0.0);
  CHECK(problem.tests[2].points == Approx(20.0));
  CHECK(problem.tests[3].points == Approx(20.0));
  CHECK(problem.tests[4].points == Approx(20.0));
  CHECK(problem.tests[5].points == 0.0);
  REQUIRE(problem.scoring_groups.size() == 4);
  CHECK(problem.scoring_groups[0].name == "secret");
  CHECK(problem.scoring_groups[2].max_score == 60.0);
}

TEST_CASE("2025-09 settings file errors name the file and field", "[problem][data]") {
  TempPackage package;
  package.write("problem.yaml", k2025);
  write_test(package, "secret/1");
  SECTION("test_group.yaml with a wrong type") {
    package.write("data/secret/test_group.yaml", "output_validator_args: {a: b}\n");
    const auto error = load_error(package.dir());
    CHECK(error.file() == package.path("data/secret/test_group.yaml"));
    CHECK(error.field() == "output_validator_args");
  }
  SECTION("negative max_score") {
    package.write("data/secret/test_group.yaml", "max_score: -1\n");
    CHECK(load_error(package.dir()).field() == "max_score");
  }
  SECTION("NAME.yaml with a syntax error") {
    package.write("data/secret/1.yaml", "output_validator_args: [a\n");
    const auto error = load_error(package.dir());
    CHECK(error.file() == package.path("data/secret/1.yaml"));
    CHECK_THAT(error.what(), Catch::Contains("line"));
  }
  SECTION("NAME.yaml that is not a map") {
    package.write("data/secret/1.yaml", "just text\n");
    CHECK(load_error(package.dir()).file() == package.path("data/secret/1.yaml"));
  }
}

TEST_CASE("interactive legacy package may omit .ans", "[problem][data]") {
  TempPackage package;
  package.write("problem.yaml", "validation: custom interactive\n");
  package.write("output_validators/i/i.cpp", "int main(){}\n");
  package.write("data/secret/1.in", "1\n");
  const Problem problem = load_problem(package.dir());
  REQUIRE(problem.tests.size() == 1);
  CHECK(problem.tests[0].answer.empty());
  CHECK(problem.validator.custom_path ==
        fs::canonical(package.dir() / "output_validators/i/i.cpp"));
}

TEST_CASE("plain folder edge cases", "[problem][plain]") {
  TempPackage package;
  SECTION("an empty directory has no tests") {
    const auto error = load_error(package.dir());
    CHECK(error.file() == package.dir().string());
    CHECK_THAT(error.what(), Catch::Contains("NAME.in + NAME.ans"));
  }
  SECTION(".ans is preferred over .out") {
    package.write("1.in", "1\n");
    package.write("1.ans", "ans\n");
    package.write("1.out", "out\n");
    CHECK(load_problem(package.dir()).tests[0].answer.filename() == "1.ans");
  }
  SECTION("a missing answer names the .in file") {
    package.write("1.in", "1\n");
    CHECK(load_error(package.dir()).file() == package.path("1.in"));
  }
  SECTION("natural order with zero padding and prefixes") {
    for (const char* name : {"t10", "t9", "t09", "a", "t1"}) {
      package.write(std::string(name) + ".in", "\n");
      package.write(std::string(name) + ".ans", "\n");
    }
    CHECK(test_names(load_problem(package.dir())) == Names{"a", "t1", "t09", "t9", "t10"});
  }
}

TEST_CASE("2025-09: args come from NAME.yaml, else the closest test_group.yaml",
          "[problem][data]") {
  TempPackage package;
  package.write("problem.yaml", k2025);
  package.write("data/secret/test_group.yaml", "args: [--mode, fast]\n");
  write_test(package, "secret/a");
  write_test(package, "secret/b");
  package.write("data/secret/b.yaml", "args: [--mode, slow]\n");
  package.write("data/secret/a.files/table.txt", "x\n");
  const Problem problem = load_problem(package.dir());
  REQUIRE(problem.tests.size() == 2);
  CHECK(problem.tests[0].args == args({"--mode", "fast"}));
  CHECK(problem.tests[1].args == args({"--mode", "slow"}));
  CHECK_FALSE(problem.tests[0].files_dir.empty());
}

TEST_CASE("scoring settings errors name the file and field", "[problem][data][scoring]") {
  TempPackage package;
  package.write("problem.yaml", k2025 + "type: scoring\n");
  write_test(package, "secret/g1/a");
  write_test(package, "secret/g2/a");
  SECTION("require_pass of a later group") {
    package.write("data/secret/g1/test_group.yaml", "require_pass: secret/g2\n");
    CHECK(load_error(package.dir()).field() == "require_pass");
  }
  SECTION("unknown aggregation") {
    package.write("data/secret/g1/test_group.yaml", "score_aggregation: max\n");
    CHECK(load_error(package.dir()).field() == "score_aggregation");
  }
  SECTION("static validation") {
    package.write("data/secret/g1/test_group.yaml", "static_validation_score: 5\n");
    CHECK(load_error(package.dir()).field() == "static_validation_score");
  }
  SECTION("an unknown checker") {
    package.write("problem.yaml", k2025 + "type: scoring\nchecker: acmp\n");
    CHECK(load_error(package.dir()).field() == "checker");
  }
  SECTION("legacy: an unknown grader flag") {
    package.write("problem.yaml", "type: scoring\n");
    package.write("data/secret/testdata.yaml", "grader_flags: median\n");
    CHECK(load_error(package.dir()).field() == "grader_flags");
  }
}
