// submissions.yaml: globs, the keys judge reads, and the keys it refuses by name.
#include <stdlib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "judge/verify/expectation_sources.h"
#include "judge/verify/submission_listing.h"
#include "util/error.h"

namespace judge::verify {
namespace {

namespace fs = std::filesystem;

class Package {
 public:
  Package() {
    std::string pattern = (fs::temp_directory_path() / "verify-test-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    dir_ = pattern;
  }
  ~Package() {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
  void write(const std::string& name, const std::string& text) const {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  const fs::path& dir() const { return dir_; }

 private:
  fs::path dir_;
};

TEST_CASE("submissions.yaml globs: * stays in a folder, braces alternate", "[verify]") {
  CHECK(submissions_glob_matches("accepted/*.py", "accepted/a.py"));
  CHECK_FALSE(submissions_glob_matches("accepted/*.py", "accepted/sub/a.py"));
  CHECK_FALSE(submissions_glob_matches("*.py", "accepted/a.py"));
  CHECK(submissions_glob_matches("*/a.py", "wrong_answer/a.py"));
  CHECK(submissions_glob_matches("accepted/*.{c,cpp}", "accepted/x.cpp"));
  CHECK(submissions_glob_matches("{accepted,rejected}/x.{c,cpp}", "rejected/x.c"));
  CHECK_FALSE(submissions_glob_matches("accepted/*.{c,cpp}", "accepted/x.py"));
  CHECK(submissions_glob_matches("accepted/{a,b{1,2}}.c", "accepted/b2.c"));
  CHECK(submissions_glob_matches("accepted/multi", "accepted/multi"));
}

TEST_CASE("submissions.yaml rules refine the folder's expectation in file order", "[verify]") {
  Package package;
  package.write("submissions/submissions.yaml",
                "accepted/*:\n"
                "  model_solution: true\n"
                "accepted/slow.py:\n"
                "  permitted: [AC, TLE]\n"
                "  use_for_time_limit: false\n"
                "  message: hello\n"
                "  authors: [Ada]\n"
                "  language: pypy3\n"
                "  secret/g1: {permitted: [AC], required: [AC]}\n"
                "extra/*.c:\n"
                "  required: [RTE]\n"
                "  score: [10, 20]\n");
  const std::vector<SubmissionsRule> rules = load_submissions_yaml(package.dir());
  REQUIRE(rules.size() == 3);

  Expectation slow = *folder_expectation("accepted", problem::PackageFormat::k2025_09);
  CHECK(apply_submissions_rules(rules, "accepted/slow.py", slow) == 2);
  CHECK(slow.model_solution);
  CHECK(slow.rule.permitted.describe() == "AC, TLE");
  CHECK(slow.time_limit_use == TimeLimitUse::kNo);
  CHECK(slow.message == "hello");
  CHECK(slow.language == "pypy3");
  REQUIRE(slow.groups.size() == 1);
  CHECK(slow.groups[0].group == "secret/g1");
  CHECK(slow.origins.size() == 3);

  Expectation extra;
  CHECK(apply_submissions_rules(rules, "extra/x.c", extra) == 1);
  CHECK(extra.rule.required->describe() == "RTE");
  REQUIRE(extra.score);
  CHECK(extra.score->low == 10);
  CHECK(extra.score->high == 20);
  Expectation other;
  CHECK(apply_submissions_rules(rules, "extra/x.py", other) == 0);
}

TEST_CASE("submissions.yaml replaces an @EXPECTED_RESULTS@ tag's rule", "[verify]") {
  Package package;
  package.write("submissions/submissions.yaml", "'*/*': {permitted: [AC, WA]}\n");
  Expectation expectation;
  REQUIRE(apply_expected_results_tag("@EXPECTED_RESULTS@: TIMELIMIT", "x.c", expectation));
  apply_submissions_rules(load_submissions_yaml(package.dir()), "accepted/x.c", expectation);
  CHECK_FALSE(expectation.final_verdict);
  CHECK(expectation.rule.permitted.describe() == "AC, WA");
}

TEST_CASE("submissions.yaml mistakes are refused by file, key and fix", "[verify]") {
  Package package;
  const auto refused = [&](const std::string& yaml, const std::string& field,
                           const std::string& part) {
    package.write("submissions/submissions.yaml", yaml);
    try {
      load_submissions_yaml(package.dir());
      FAIL("accepted: " << yaml);
    } catch (const ConfigError& error) {
      CHECK(error.file() == (package.dir() / "submissions/submissions.yaml").string());
      CHECK(error.field() == field);
      CHECK_THAT(error.what(), Catch::Contains(part));
    }
  };
  refused("accepted/*:\n  verdict: AC\n", "accepted/*.verdict", "does not implement this key");
  refused("accepted/*:\n  permitted: [AC, MLE]\n", "accepted/*.permitted", "unknown verdict 'MLE'");
  refused("accepted/*:\n  score: [5, 1]\n", "accepted/*.score", "low is above high");
  refused("accepted/*:\n  score: lots\n", "accepted/*.score", "expected a number");
  refused("accepted/*:\n  use_for_time_limit: maybe\n", "accepted/*.use_for_time_limit",
          "true, false, lower or upper");
  refused("accepted/*:\n  secret/g1: {score: 3}\n", "accepted/*.secret/g1.score",
          "only permitted and required");
  refused("accepted/**:\n  permitted: [AC]\n", "accepted/**", "`**`");
  refused("- a\n- b\n", "", "expected a map");
}

TEST_CASE("without submissions.yaml there are no rules", "[verify]") {
  Package package;
  CHECK(load_submissions_yaml(package.dir()).empty());
  package.write("submissions.yaml", "accepted/*: {model_solution: true}\n");
  CHECK(load_submissions_yaml(package.dir()).size() == 1);
}

TEST_CASE("the listing takes files and folders, never links", "[verify]") {
  Package package;
  package.write("submissions/accepted/a.py", "print(1)\n");
  package.write("submissions/accepted/multi/main.py", "print(1)\n");
  package.write("submissions/accepted/multi/util.py", "x = 1\n");
  package.write("submissions/accepted/.hidden.py", "\n");
  package.write("submissions/submissions.yaml", "\n");
  package.write("submissions/loose.c", "int main() {}\n");
  fs::create_symlink("/etc/passwd", package.dir() / "submissions/accepted/link.py");
  const SubmissionListing listing = list_submissions(package.dir() / "submissions");
  REQUIRE(listing.submissions.size() == 3);
  CHECK(listing.submissions[0].path == "accepted/a.py");
  CHECK(listing.submissions[0].folder == "accepted");
  CHECK(listing.submissions[1].path == "accepted/multi");
  CHECK(listing.submissions[1].is_directory);
  CHECK(listing.submissions[1].files == std::vector<std::string>{"main.py", "util.py"});
  CHECK(listing.submissions[2].path == "loose.c");
  CHECK(listing.submissions[2].folder.empty());
  REQUIRE(listing.findings.size() == 1);
  CHECK(listing.findings[0].file == "submissions/accepted/link.py");
  CHECK_THAT(listing.findings[0].message, Catch::Contains("symbolic link"));
}

}  // namespace
}  // namespace judge::verify
