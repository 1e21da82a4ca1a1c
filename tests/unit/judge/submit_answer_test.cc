// Submit-answer: a folder of answers judged per test without running anything.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "judge/staging.h"
#include "judge/submit_answer.h"

namespace judge {
namespace {

namespace fs = std::filesystem;

// Records what it was asked to check; accepts an output equal to "42\n".
class RecordingChecker final : public OutputChecker {
 public:
  CheckResult check(const problem::TestCase&, const fs::path& output) override {
    std::ifstream in(output, std::ios::binary);
    seen.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    CheckResult result;
    result.verdict = seen == "42\n" ? Verdict::kAccepted : Verdict::kWrongAnswer;
    return result;
  }
  std::string seen;
};

struct Fixture {
  Fixture() : answers(staging.make_dir("answers")) {
    fs::create_directories(answers / "secret");
    test.name = "secret/01";
    test.group = "secret";
    limits.output_bytes = 100;
  }
  TestOutcome judge_it() { return judge_answer(test, answers, limits, false, staging, checker); }

  StagingDir staging{::geteuid(), ::getegid()};
  fs::path answers;
  problem::TestCase test;
  AppliedLimits limits;
  RecordingChecker checker;
};

TEST_CASE("an answer is named like its test, mirroring data/", "[submit_answer]") {
  problem::TestCase test;
  test.name = "secret/group1/03";
  CHECK(answer_name(test) == "secret/group1/03.out");
}

TEST_CASE("a regular answer goes to the checker", "[submit_answer]") {
  Fixture f;
  std::ofstream(f.answers / "secret/01.out") << "42\n";
  const TestOutcome outcome = f.judge_it();
  CHECK(outcome.verdict == Verdict::kAccepted);
  CHECK(f.checker.seen == "42\n");
}

TEST_CASE("a missing answer is WA without asking the checker", "[submit_answer]") {
  Fixture f;
  const TestOutcome outcome = f.judge_it();
  CHECK(outcome.verdict == Verdict::kWrongAnswer);
  CHECK(outcome.message == "no answer: secret/01.out is missing");
  CHECK(f.checker.seen.empty());
}

TEST_CASE("an answer over the output limit is OLE", "[submit_answer]") {
  Fixture f;
  std::ofstream(f.answers / "secret/01.out") << std::string(101, 'x');
  CHECK(f.judge_it().verdict == Verdict::kOutputLimitExceeded);
  std::ofstream(f.answers / "secret/01.out") << std::string(100, 'x');
  CHECK(f.judge_it().verdict == Verdict::kWrongAnswer);  // exactly the limit is checked
}

TEST_CASE("links and special files are never followed or opened", "[submit_answer]") {
  Fixture f;
  std::ofstream(f.answers / "real") << "42\n";
  SECTION("a link to a file") {
    fs::create_symlink(f.answers / "real", f.answers / "secret/01.out");
    const TestOutcome outcome = f.judge_it();
    CHECK(outcome.verdict == Verdict::kWrongAnswer);
    CHECK_THAT(outcome.message, Catch::Contains("symbolic link"));
  }
  SECTION("a linked folder on the way") {
    fs::remove(f.answers / "secret");
    fs::create_directories(f.answers / "elsewhere");
    std::ofstream(f.answers / "elsewhere/01.out") << "42\n";
    fs::create_directory_symlink(f.answers / "elsewhere", f.answers / "secret");
    CHECK(f.judge_it().verdict == Verdict::kWrongAnswer);
  }
  SECTION("a FIFO") {
    REQUIRE(::mkfifo((f.answers / "secret/01.out").c_str(), 0644) == 0);
    const TestOutcome outcome = f.judge_it();
    CHECK(outcome.verdict == Verdict::kWrongAnswer);
    CHECK_THAT(outcome.message, Catch::Contains("FIFO"));
  }
  CHECK(f.checker.seen.empty());
}

}  // namespace
}  // namespace judge
