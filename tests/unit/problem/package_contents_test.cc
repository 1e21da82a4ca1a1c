#include "problem/package_contents.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "problem/problem.h"
#include "temp_package.h"
#include "util/error.h"

namespace fs = std::filesystem;
using judge::ConfigError;
using judge::problem::check_package_contents;
using judge::problem::load_problem;
using judge::problem::testing::TempPackage;

TEST_CASE("links inside the package are followed", "[problem][package_contents]") {
  TempPackage package;
  package.write("shared/real.in", "1\n");
  package.write("shared/real.ans", "1\n");
  package.symlink("../../shared/real.in", "data/secret/1.in");
  package.symlink("../../shared/real.ans", "data/secret/1.ans");
  package.symlink("../shared", "data/linked");
  // An absolute link to the package's own file is inside too.
  package.symlink(package.path("shared/real.in"), "data/secret/2.in");
  package.symlink(package.path("shared/real.ans"), "data/secret/2.ans");
  CHECK_NOTHROW(check_package_contents(package.dir()));
  CHECK(load_problem(package.dir()).tests.size() == 2);
}

TEST_CASE("a link leaving the package is exit 2 naming it", "[problem][package_contents]") {
  TempPackage package;
  package.write_one_test();
  SECTION("a test file") {
    package.symlink("/etc/passwd", "data/secret/2.in");
  }
  SECTION("an answer, relative") {
    package.symlink("../../../../etc/passwd", "data/secret/1b.ans");
  }
  SECTION("a validator source") {
    package.symlink("/etc/hostname", "output_validator/v.py");
  }
  SECTION("a folder") {
    package.symlink("/etc", "data/secret/group");
  }
  try {
    load_problem(package.dir());
    FAIL("loaded");
  } catch (const ConfigError& error) {
    CHECK(std::string(error.what()).find("outside the problem package") != std::string::npos);
  }
}

TEST_CASE("FIFOs in a package are exit 2 whether direct or linked", "[problem][package_contents]") {
  TempPackage package;
  package.write_one_test();
  SECTION("the FIFO itself") {
    REQUIRE(::mkfifo(package.path("data/secret/2.in").c_str(), 0644) == 0);
  }
  SECTION("a link to a FIFO in a folder that is not walked") {
    fs::create_directories(package.path(".store"));
    REQUIRE(::mkfifo(package.path(".store/fifo").c_str(), 0644) == 0);
    package.symlink("../../.store/fifo", "data/secret/2.in");
  }
  CHECK_THROWS_WITH(load_problem(package.dir()), Catch::Contains("is a FIFO"));
}
