#include "judge/verify/data_checks.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace judge::verify {
namespace {

namespace fs = std::filesystem;

// A package folder with the given files, removed afterwards.
class Package {
 public:
  Package() {
    char pattern[] = "/tmp/judge-data-checks-XXXXXX";
    REQUIRE(::mkdtemp(pattern) != nullptr);
    dir_ = pattern;
  }
  ~Package() { fs::remove_all(dir_); }
  void write(const std::string& relative, const std::string& bytes) {
    fs::create_directories((dir_ / relative).parent_path());
    std::ofstream(dir_ / relative, std::ios::binary) << bytes;
  }
  problem::Problem problem() const {
    problem::Problem problem;
    problem.dir = dir_;
    problem.limits.output_bytes = 1024;
    problem.limits.memory_bytes = 4096;
    return problem;
  }
  const fs::path& dir() const { return dir_; }

 private:
  fs::path dir_;
};

// "severity file: message" lines, for readable failures.
std::vector<std::string> lines_of(const std::vector<Finding>& findings) {
  std::vector<std::string> lines;
  for (const Finding& finding : findings) {
    CHECK(finding.check == "data");
    lines.push_back(std::string(finding.severity == Severity::kError ? "error " : "warning ") +
                    finding.file + ": " + finding.message);
  }
  return lines;
}

bool has(const std::vector<std::string>& lines, const std::string& start) {
  for (const std::string& line : lines) {
    if (line.starts_with(start)) return true;
  }
  return false;
}

TEST_CASE("clean data has no findings", "[data-checks]") {
  Package package;
  package.write("data/sample/1.in", "1 2\n");
  package.write("data/sample/1.ans", "3\n");
  package.write("data/secret/a/1.in", "5 6\n");
  package.write("data/secret/a/1.ans", "11\n");
  package.write("data/secret/empty.in", "");  // empty is fine: no newline needed
  package.write("data/secret/empty.ans", "0\n");
  CHECK(lines_of(check_test_data(package.problem())).empty());
}

TEST_CASE("each problemtools data check names its file", "[data-checks]") {
  Package package;
  package.write("data/secret/01.in", "1 2\n");
  package.write("data/secret/01.ans", "3\n");
  package.write("data/secret/02.in", "1 2\n");  // same bytes as 01
  package.write("data/secret/02.ans", "3\n");
  package.write("data/secret/03.in", "4 5\r\n");
  package.write("data/secret/03.ans", "9");     // no newline at the end
  package.write("data/secret/04.in", "7 7\n");  // no answer
  package.write("data/secret/05.ans", "1\n");   // no input
  package.write("data/secret/06.in", "1 1\n");
  package.write("data/secret/06.ans", std::string(2000, '1') + "\n");  // over the output limit
  package.write("data/secret/07.in", std::string(5000, '9') + "\n");   // over the memory limit
  package.write("data/secret/07.ans", "1\n");
  const std::vector<std::string> lines = lines_of(check_test_data(package.problem()));
  CHECK(has(lines, "warning data/secret/02.in: has the same bytes as data/secret/01.in"));
  CHECK(has(lines, "warning data/secret/03.in: has CR (\\r) line endings"));
  CHECK(has(lines, "warning data/secret/03.ans: does not end with a newline"));
  CHECK(has(lines, "error data/secret/04.in: has no 04.ans next to it"));
  CHECK(has(lines, "warning data/secret/05.ans: has no 05.in next to it"));
  CHECK(has(lines, "error data/secret/06.ans: is 1 KiB, over the output limit (1 KiB)"));
  CHECK(has(lines, "warning data/secret/07.in: is 0 MiB, over the memory limit"));
  CHECK(lines.size() == 7);
}

TEST_CASE("invalid cases are broken on purpose, hidden folders are not data", "[data-checks]") {
  Package package;
  package.write("data/sample/1.in", "1 2\n");
  package.write("data/sample/1.ans", "3\n");
  package.write("data/invalid_input/crlf.in", "1 2\r\n");  // no .ans, CR: both fine here
  package.write("data/invalid_inputs/same.in", "1 2\n");   // a copy of a valid input: fine
  package.write("data/.git/objects/x.in", "junk");
  CHECK(lines_of(check_test_data(package.problem())).empty());
}

TEST_CASE("a linked input is read once as the file it names", "[data-checks]") {
  Package package;
  package.write("data/secret/1.in", "1 2\n");
  package.write("data/secret/1.ans", "3\n");
  fs::create_directories(package.dir() / "data/secret/g");
  fs::create_symlink("../1.ans", package.dir() / "data/secret/g/1.ans");
  fs::create_symlink("../1.in", package.dir() / "data/secret/g/1.in");
  const std::vector<std::string> lines = lines_of(check_test_data(package.problem()));
  // The same input under two names is still a duplicate test.
  REQUIRE(lines.size() == 1);
  CHECK(has(lines, "warning data/secret/g/1.in: has the same bytes as data/secret/1.in"));
}

}  // namespace
}  // namespace judge::verify
