// Checking outputs through the session: the default validator with each test's flags, and a
// custom validator run in the (fake) sandbox with the Kattis protocol.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "session_fixture.h"
#include "util/error.h"

namespace judge {
namespace {

using testing::compiled_language;
using testing::Fixture;
using testing::verdicts_of;

TEST_CASE("a custom validator decides by exit code, and only 42 accepts", "[session]") {
  Fixture f;
  problem::TestCase& test = f.add_test("sample/1", "3\n", "3\n");
  test.validator_args = {"float_tolerance", "1e-6"};
  f.set_solution(compiled_language(), "* cat\n");

  SECTION("42 is AC") {
    f.set_validator("* compare\n");
    const JudgeReport report = f.run();
    CHECK(verdicts_of(report) == std::vector<std::string>{"AC"});
    // One compile for the validator, one for the solution, then solution and validator runs.
    REQUIRE(f.sandbox.specs.size() == 4);
    const sandbox::RunSpec& validator = f.sandbox.specs[3];
    CHECK(validator.argv == std::vector<std::string>{"/box/main", "/box/input", "/box/answer",
                                                     "/box/feedback/", "float_tolerance", "1e-6"});
    CHECK(validator.stdin_path == f.sandbox.specs[2].stdout_path);
    CHECK(validator.limits.cpu_time_ms == 10'000);
    CHECK(validator.limits.memory_bytes == 1ll << 30);
    bool feedback_writable = false;
    for (const sandbox::Bind& bind : validator.binds) {
      if (bind.sandbox_path == "/box/feedback") feedback_writable = bind.writable;
      if (bind.sandbox_path == "/box/input" || bind.sandbox_path == "/box/answer") {
        CHECK_FALSE(bind.writable);
      }
    }
    CHECK(feedback_writable);
  }
  SECTION("43 is WA with the judge message") {
    f.set_validator("* reject the sum is off by one\n");
    const JudgeReport report = f.run();
    CHECK(verdicts_of(report) == std::vector<std::string>{"WA"});
    CHECK(report.tests[0].judge_message == "the sum is off by one");
    CHECK(report.tests[0].message == "the sum is off by one");
  }
  SECTION("exit 0 is JE, never AC") {
    f.set_validator("* exit 0\n");
    const JudgeReport report = f.run();
    CHECK(verdicts_of(report) == std::vector<std::string>{"JE"});
    CHECK(report.tests[0].message.find("exited with code 0") != std::string::npos);
    CHECK(report.overall == Verdict::kJudgeError);
  }
  SECTION("a crashing validator is JE") {
    f.set_validator("* signal 6\n");
    const JudgeReport report = f.run();
    CHECK(verdicts_of(report) == std::vector<std::string>{"JE"});
    CHECK(report.tests[0].message.find("SIGABRT") != std::string::npos);
  }
  SECTION("a validator that does not compile is a problem error") {
    f.set_validator("syntax error\n");
    CHECK_THROWS_AS(f.run(), ConfigError);
    CHECK(f.staging_is_gone());
  }
  SECTION("the validator is not consulted when the solution crashed") {
    f.set_validator("* accept\n");
    f.set_solution(compiled_language(), "* exit 3\n");
    const JudgeReport report = f.run();
    CHECK(verdicts_of(report) == std::vector<std::string>{"RE"});
    CHECK(f.sandbox.specs.size() == 3);  // two compiles, one solution run
  }
}

TEST_CASE("the default validator gets each test's flags", "[session]") {
  Fixture f;
  f.add_test("sample/1", "Hello\n", "hello\n").validator_args = {"case_sensitive"};
  f.add_test("secret/1", "Hello\n", "hello\n");
  f.set_solution(compiled_language(), "* cat\n");
  CHECK(verdicts_of(f.run()) == std::vector<std::string>{"WA", "AC"});

  SECTION("a bad flag is a ConfigError before anything runs") {
    f.inputs.problem.tests[1].validator_args = {"no_such_flag"};
    f.sandbox.specs.clear();
    CHECK_THROWS_AS(f.run(), ConfigError);
    CHECK(f.sandbox.specs.empty());
  }
}

}  // namespace
}  // namespace judge
