// Reading a run's named output file (named_files.h): a regular file of /box is copied out up to
// the output limit; a link, a FIFO or a directory is refused, never followed or opened.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "judge/named_files.h"
#include "temp_dir.h"
#include "util/unique_fd.h"

using judge::copy_named_output;
using judge::NamedOutput;
using judge::take_named_output;
using judge::TestOutcome;
using judge::UniqueFd;
using judge::Verdict;
using judge::testing::TempDir;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Box {
  TempDir dir{"judge-named-output"};
  fs::path box = dir / "box";
  fs::path target = dir / "stdout";
  Box() { fs::create_directory(box); }
  UniqueFd fd() const { return UniqueFd(::open(box.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC)); }
  NamedOutput copy(std::int64_t max_bytes = 100) const {
    return copy_named_output(fd().get(), "output.txt", max_bytes, target);
  }
};

}  // namespace

TEST_CASE("named output: a regular file is copied out", "[judge][named-files]") {
  Box box;
  write(box.box / "output.txt", "5\n6\n");
  write(box.target, "stale stdout of the previous test, longer than the output");
  CHECK(box.copy().status == NamedOutput::Status::kRead);
  CHECK(read(box.target) == "5\n6\n");
}

TEST_CASE("named output: more than the limit is kTooLarge, one byte over is enough",
          "[judge][named-files]") {
  Box box;
  write(box.box / "output.txt", std::string(100, 'x'));
  CHECK(box.copy(100).status == NamedOutput::Status::kRead);
  write(box.box / "output.txt", std::string(101, 'x'));
  CHECK(box.copy(100).status == NamedOutput::Status::kTooLarge);
  CHECK(fs::file_size(box.target) == 100);
  // A sparse file far beyond the limit: read up to the limit, not to its end.
  REQUIRE(::truncate((box.box / "output.txt").c_str(), 1ll << 40) == 0);
  CHECK(box.copy(1 << 20).status == NamedOutput::Status::kTooLarge);
}

TEST_CASE("named output: missing, a link, a FIFO or a directory is never read",
          "[judge][named-files]") {
  Box box;
  CHECK(box.copy().status == NamedOutput::Status::kMissing);
  write(box.dir / "host.txt", "host secret\n");
  fs::create_symlink(box.dir / "host.txt", box.box / "output.txt");
  NamedOutput link = box.copy();
  CHECK(link.status == NamedOutput::Status::kRefused);
  CHECK_THAT(link.why, Catch::Contains("symbolic link"));
  fs::remove(box.box / "output.txt");
  REQUIRE(::mkfifo((box.box / "output.txt").c_str(), 0644) == 0);
  NamedOutput fifo = box.copy();  // returns at once: a FIFO is not opened
  CHECK(fifo.status == NamedOutput::Status::kRefused);
  CHECK_THAT(fifo.why, Catch::Contains("FIFO"));
  fs::remove(box.box / "output.txt");
  fs::create_directory(box.box / "output.txt");
  CHECK_THAT(box.copy().why, Catch::Contains("directory"));
  CHECK(read(box.target).find("host secret") == std::string::npos);
}

TEST_CASE("named output: the verdict it implies", "[judge][named-files]") {
  Box box;
  const auto outcome_of = [&](Verdict ran, bool with_box) {
    TestOutcome outcome;
    outcome.verdict = ran;
    if (with_box) outcome.run.box = std::make_shared<const UniqueFd>(box.fd());
    take_named_output(outcome, "output.txt", 10, box.target);
    CHECK(outcome.run.box == nullptr);  // let go of the run's /box
    return outcome;
  };
  write(box.target, "the previous test's output\n");
  CHECK(outcome_of(Verdict::kAccepted, true).verdict == Verdict::kWrongAnswer);
  CHECK(read(box.target).empty());  // never shown as this test's output
  CHECK_THAT(outcome_of(Verdict::kAccepted, true).message,
             Catch::Contains("did not write output.txt"));
  write(box.box / "output.txt", "42\n");
  CHECK(outcome_of(Verdict::kAccepted, true).verdict == Verdict::kAccepted);
  CHECK(outcome_of(Verdict::kRuntimeError, true).verdict == Verdict::kRuntimeError);
  CHECK(outcome_of(Verdict::kAccepted, false).verdict == Verdict::kInternalError);
  write(box.box / "output.txt", std::string(11, '1'));
  CHECK(outcome_of(Verdict::kAccepted, true).verdict == Verdict::kOutputLimitExceeded);
  CHECK(outcome_of(Verdict::kRuntimeError, true).verdict == Verdict::kOutputLimitExceeded);
  CHECK(outcome_of(Verdict::kTimeLimitExceeded, true).verdict == Verdict::kTimeLimitExceeded);
}
