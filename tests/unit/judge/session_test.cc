// The judging pipeline end to end, with FakeSandbox standing in for the real sandbox: staging,
// compile (and its cache), running tests, checking output, verdict order and options.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "session_fixture.h"
#include "util/error.h"

namespace judge {
namespace {

using testing::compiled_language;
using testing::FakeSandbox;
using testing::Fixture;
using testing::interpreted_language;
using testing::RecordingListener;
using testing::verdicts_of;
namespace fs = std::filesystem;

TEST_CASE("an accepted solution is compiled once, run on every test, and cached", "[session]") {
  Fixture f;
  f.add_test("sample/1", "1 2\n", "1 2\n");
  f.add_test("secret/1", "5 6\n", "5 6\n");
  f.set_solution(compiled_language(), "* cat\n");

  const JudgeReport report = f.run();
  CHECK(report.overall == Verdict::kAccepted);
  CHECK(exit_code_for(report) == ExitCode::kAllAccepted);
  CHECK(report.compile.status == CompileOutcome::Status::kCompiled);
  CHECK(verdicts_of(report) == std::vector<std::string>{"AC", "AC"});
  CHECK(report.tests_total == 2);
  CHECK(f.listener.events == std::vector<std::string>{"start 0", "compile compiled",
                                                      "test sample/1 AC", "test secret/1 AC",
                                                      "finish AC"});
  REQUIRE(f.sandbox.specs.size() == 3);
  const sandbox::RunSpec& compile = f.sandbox.specs[0];
  CHECK(compile.argv == std::vector<std::string>{testing::kFakeCompiler, "-o", "main", "main.fc"});
  // The compile writes into its own tmpfs /box, handed back; the sources are its lower layer
  // (no bind whose mount root would name the staging path).
  CHECK(compile.binds.empty());
  REQUIRE_FALSE(compile.box_contents.empty());
  CHECK(fs::path(compile.box_contents).filename() == "sources");
  CHECK(compile.hand_back_box);
  CHECK(compile.limits.cpu_time_ms == 20'000);
  CHECK(compile.limits.memory_bytes == 512ll << 20);
  CHECK(compile.env == std::vector<std::string>{"PATH=/usr/bin"});

  const sandbox::RunSpec& run = f.sandbox.specs[1];
  CHECK(run.argv == std::vector<std::string>{"/box/main"});
  CHECK(run.stdin_path == f.inputs.problem.tests[0].input.string());
  for (const sandbox::Bind& bind : run.binds) CHECK_FALSE(bind.writable);
  CHECK(run.binds.empty());
  CHECK_FALSE(run.box_contents.empty());
  CHECK(f.staging_is_gone());

  SECTION("the second judge run takes the program from the cache") {
    FakeSandbox second_sandbox;
    RecordingListener second_listener;
    const JudgeReport again = judge(f.inputs, f.options, second_sandbox, second_listener);
    CHECK(again.compile.status == CompileOutcome::Status::kCached);
    CHECK(again.overall == Verdict::kAccepted);
    CHECK(second_sandbox.specs.size() == 2);  // no compile run
  }
  SECTION("a changed source is compiled again") {
    f.set_solution(compiled_language(), "* cat\n# changed\n");
    FakeSandbox second_sandbox;
    RecordingListener second_listener;
    const JudgeReport again = judge(f.inputs, f.options, second_sandbox, second_listener);
    CHECK(again.compile.status == CompileOutcome::Status::kCompiled);
  }
}

TEST_CASE("the overall verdict is the first failure in run order", "[session]") {
  Fixture f;
  f.add_test("sample/1", "ok\n", "ok\n");
  f.add_test("secret/1", "wrong\n", "right\n");
  f.add_test("secret/2", "crash\n", "crash\n");
  f.add_test("secret/3", "slow\n", "slow\n");
  f.set_solution(compiled_language(), "crash signal 11\nslow timeout\n* cat\n");

  SECTION("every test runs by default") {
    const JudgeReport report = f.run();
    CHECK(verdicts_of(report) == std::vector<std::string>{"AC", "WA", "RE", "TLE"});
    CHECK(report.overall == Verdict::kWrongAnswer);
    CHECK(exit_code_for(report) == ExitCode::kNotAccepted);
    CHECK(f.solution_runs().size() == 4);
    REQUIRE(report.tests[1].difference.has_value());
    CHECK(report.tests[1].difference->expected == "right");
    CHECK(report.tests[1].difference->got == "wrong");
    CHECK_FALSE(report.tests[1].judge_message.empty());
    CHECK(report.tests[1].input_excerpt.empty());  // not verbose
  }
  SECTION("--stop-on-first skips the rest") {
    f.options.stop_on_first = true;
    const JudgeReport report = f.run();
    CHECK(verdicts_of(report) == std::vector<std::string>{"AC", "WA", "SKIPPED", "SKIPPED"});
    CHECK(report.overall == Verdict::kWrongAnswer);
    CHECK(report.tests_total == 4);
    CHECK(f.solution_runs().size() == 2);
    CHECK(f.listener.events.back() == "finish WA");
  }
  SECTION("--verbose keeps excerpts of failed tests only") {
    f.options.verbose = true;
    const JudgeReport report = f.run();
    CHECK(report.tests[0].output_excerpt.empty());
    CHECK(report.tests[1].input_excerpt == "wrong\n");
    CHECK(report.tests[1].expected_excerpt == "right\n");
    CHECK(report.tests[1].output_excerpt == "wrong\n");
  }
}

TEST_CASE("the --tests option selects by glob, and a glob that matches nothing is a usage error",
          "[session]") {
  Fixture f;
  f.add_test("sample/1", "a\n", "a\n");
  f.add_test("secret/g1/1", "b\n", "b\n");
  f.add_test("secret/g2/1", "c\n", "c\n");
  f.set_solution(compiled_language(), "* cat\n");

  f.options.tests_glob = "secret/*";
  JudgeReport report = f.run();
  REQUIRE(report.tests.size() == 2);
  CHECK(report.tests[0].name == "secret/g1/1");
  CHECK(report.tests[1].name == "secret/g2/1");
  CHECK(report.tests_total == 2);

  f.options.tests_glob = "secret/g2/*";
  CHECK(f.run().tests.size() == 1);

  f.options.tests_glob = "nothing/*";
  try {
    f.run();
    FAIL("expected a ConfigError");
  } catch (const ConfigError& error) {
    CHECK(error.field() == "--tests");
    CHECK(std::string(error.what()).find("sample/1") != std::string::npos);
  }
}

TEST_CASE("limits: options override the problem, the language scales and extends them",
          "[session]") {
  Fixture f;
  f.add_test("sample/1", "a\n", "a\n");
  f.set_solution(interpreted_language(), "* cat\n");  // time_factor 2, 16 MiB extra

  SECTION("from the problem") {
    const JudgeReport report = f.run();
    CHECK(report.limits.time_limit_ms == 2000);
    CHECK(report.limits.wall_time_limit_ms == 6000);
    CHECK(report.limits.memory_bytes == 256ll << 20);
    REQUIRE(f.solution_runs().size() == 1);
    const sandbox::Limits limits = f.solution_runs().at(0).limits;
    CHECK(limits.cpu_time_ms == 2000);
    CHECK(limits.wall_time_ms == 6000);
    CHECK(limits.memory_bytes == (256ll + 16) << 20);
    CHECK(limits.output_bytes == 8ll << 20);
    CHECK(limits.max_processes == 4);
  }
  SECTION("from the options") {
    f.options.time_limit_ms = 300;
    f.options.wall_time_limit_ms = 10'000;
    f.options.memory_bytes = 64ll << 20;
    f.options.output_bytes = 1 << 20;
    const JudgeReport report = f.run();
    CHECK(report.limits.time_limit_ms == 600);
    CHECK(report.limits.wall_time_limit_ms == 10'000);
    const sandbox::Limits limits = f.solution_runs().at(0).limits;
    CHECK(limits.cpu_time_ms == 600);
    CHECK(limits.memory_bytes == (64ll + 16) << 20);
    CHECK(limits.output_bytes == 1 << 20);
  }
  SECTION("an interpreted solution is staged as its source and not compiled") {
    const JudgeReport report = f.run();
    CHECK(report.compile.status == CompileOutcome::Status::kNotNeeded);
    CHECK(f.sandbox.specs.size() == 1);
    const sandbox::RunSpec& run = f.sandbox.specs[0];
    CHECK(run.argv == std::vector<std::string>{testing::kFakeInterpreter, "main.fp"});
    // The program's files reach /box as one mount, whatever their number.
    CHECK(run.binds.empty());
    CHECK(fs::path(run.box_contents).filename() == "artifacts");
  }
  SECTION("memory is judged against the limit plus the runtime's allowance") {
    f.set_solution(interpreted_language(), "* oom\n");
    const JudgeReport report = f.run();
    CHECK(verdicts_of(report) == std::vector<std::string>{"MLE"});
  }
}

TEST_CASE("a compile error is CE with the compiler's message, and no test runs", "[session]") {
  Fixture f;
  f.add_test("sample/1", "a\n", "a\n");
  f.add_test("secret/1", "b\n", "b\n");

  SECTION("the compiler fails") {
    f.set_solution(compiled_language(), "syntax error\n");
    const JudgeReport report = f.run();
    CHECK(report.compile.status == CompileOutcome::Status::kFailed);
    CHECK(report.compile.message.find("main.fc:1: error: syntax error") != std::string::npos);
    CHECK(report.overall == Verdict::kCompileError);
    CHECK(exit_code_for(report) == ExitCode::kNotAccepted);
    CHECK(verdicts_of(report) == std::vector<std::string>{"SKIPPED", "SKIPPED"});
    CHECK(f.sandbox.specs.size() == 1);
    CHECK(f.listener.events[1] == "compile failed");
  }
  SECTION("the compiler runs out of time") {
    f.set_solution(compiled_language(), "compile-timeout\n");
    const JudgeReport report = f.run();
    CHECK(report.overall == Verdict::kCompileError);
    CHECK(report.compile.message.starts_with("compilation exceeded the time limit"));
  }
  SECTION("the sandbox cannot run the compiler: IE, exit code 3") {
    f.set_solution(compiled_language(), "compile-setup-failure\n");
    const JudgeReport report = f.run();
    CHECK(report.compile.status == CompileOutcome::Status::kInternalError);
    CHECK(report.overall == Verdict::kInternalError);
    CHECK(exit_code_for(report) == ExitCode::kInternal);
  }
  SECTION("failed compiles are not cached") {
    f.set_solution(compiled_language(), "syntax error\n");
    f.run();
    const bool cached =
        fs::exists(f.options.compile_cache_dir) && !fs::is_empty(f.options.compile_cache_dir);
    CHECK_FALSE(cached);
  }
}

TEST_CASE("a sandbox setup failure during a test is IE", "[session]") {
  Fixture f;
  f.add_test("sample/1", "a\n", "a\n");
  f.add_test("secret/1", "broken\n", "broken\n");
  f.set_solution(compiled_language(), "broken setup-failure\n* cat\n");
  const JudgeReport report = f.run();
  CHECK(verdicts_of(report) == std::vector<std::string>{"AC", "IE"});
  CHECK(report.overall == Verdict::kInternalError);
  CHECK(exit_code_for(report) == ExitCode::kInternal);
  CHECK(f.staging_is_gone());
}

TEST_CASE("a scoring problem sums the points of accepted tests", "[session]") {
  Fixture f;
  f.inputs.problem.type = problem::ProblemType::kScoring;
  f.add_test("secret/g1/1", "a\n", "a\n").points = 30;
  f.add_test("secret/g2/1", "b\n", "x\n").points = 70;
  f.set_solution(compiled_language(), "* cat\n");
  const JudgeReport report = f.run();
  REQUIRE(report.score.has_value());
  CHECK(*report.score == Approx(30));
  CHECK(*report.max_score == Approx(100));
  CHECK(report.tests[1].score == Approx(0));
}

TEST_CASE("an interactive problem runs its validator connected to the submission", "[session]") {
  Fixture f;
  f.add_test("sample/1", "a\n", "a\n");
  f.set_solution(compiled_language(), "* cat\n");
  f.set_validator("* accept\n");
  f.inputs.problem.validator.interactive = true;
  const JudgeReport report = f.run();
  // The test double cannot connect two programs (Sandbox::run_pair's default): the judge says
  // so as an internal error, never as a verdict about the submission.
  REQUIRE(report.tests.size() == 1);
  CHECK(report.tests[0].verdict == Verdict::kInternalError);
  CHECK(report.tests[0].message.find("connected") != std::string::npos);
  CHECK(f.solution_runs().empty());
}

TEST_CASE("a multi-pass test runs again on nextpass.in and reports every pass", "[session]") {
  Fixture f;
  f.add_test("secret/1", "first\n", "x\n");
  f.set_solution(compiled_language(), "* cat\n");
  f.set_validator("first nextpass second\nsecond accept\n* reject unexpected\n");
  f.inputs.problem.validator.multi_pass = true;
  const JudgeReport report = f.run();
  REQUIRE(report.tests.size() == 1);
  CHECK(report.tests[0].verdict == Verdict::kAccepted);
  REQUIRE(report.tests[0].passes.size() == 2);
  CHECK(report.tests[0].passes[0].verdict == Verdict::kAccepted);
  CHECK(report.tests[0].passes[1].pass == 2);
  REQUIRE(f.solution_runs().size() == 2);  // the second pass read nextpass.in
}

TEST_CASE("a multi-pass test asking for more than validation_passes is JE", "[session]") {
  Fixture f;
  f.add_test("secret/1", "first\n", "x\n");
  f.set_solution(compiled_language(), "* cat\n");
  f.set_validator("* nextpass first\n");
  f.inputs.problem.validator.multi_pass = true;
  f.inputs.problem.limits.validation_passes = 3;
  const JudgeReport report = f.run();
  REQUIRE(report.tests.size() == 1);
  CHECK(report.tests[0].verdict == Verdict::kJudgeError);
  CHECK(report.tests[0].message.find("validation_passes is 3") != std::string::npos);
  CHECK(report.tests[0].passes.size() == 3);
}

TEST_CASE("a multi-pass test stops at the first pass that fails", "[session]") {
  Fixture f;
  f.add_test("secret/1", "first\n", "x\n");
  f.set_solution(compiled_language(), "first cat\nsecond exit 3\n");
  f.set_validator("first nextpass second\n* accept\n");
  f.inputs.problem.validator.multi_pass = true;
  const JudgeReport report = f.run();
  REQUIRE(report.tests.size() == 1);
  CHECK(report.tests[0].verdict == Verdict::kRuntimeError);
  REQUIRE(report.tests[0].passes.size() == 2);
  CHECK(report.tests[0].passes[1].verdict == Verdict::kRuntimeError);
}

TEST_CASE("apply_limits keeps the wall limit at least the CPU limit", "[session]") {
  problem::ProblemLimits problem;
  problem.time_limit_ms = 1000;
  problem.wall_time_limit_ms = 500;
  lang::Language language = compiled_language();
  language.time_factor = 1.5;
  const AppliedLimits limits = apply_limits(problem, language, SessionOptions{});
  CHECK(limits.time_limit_ms == 1500);
  CHECK(limits.wall_time_limit_ms == 1500);
}

TEST_CASE("overall_verdict ignores skipped tests and prefers CE", "[session]") {
  JudgeReport report;
  TestOutcome skipped;
  skipped.verdict = Verdict::kSkipped;
  TestOutcome accepted;
  accepted.verdict = Verdict::kAccepted;
  report.tests = {accepted, skipped};
  CHECK(overall_verdict(report) == Verdict::kAccepted);
  report.compile.status = CompileOutcome::Status::kFailed;
  CHECK(overall_verdict(report) == Verdict::kCompileError);
}

}  // namespace
}  // namespace judge
