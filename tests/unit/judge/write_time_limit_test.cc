#include "judge/verify/write_time_limit.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/error.h"

namespace judge::verify {
namespace {

namespace fs = std::filesystem;

TEST_CASE("seconds as problem.yaml writes them", "[write-time-limit]") {
  CHECK(seconds_text(1000) == "1");
  CHECK(seconds_text(1500) == "1.5");
  CHECK(seconds_text(250) == "0.25");
  CHECK(seconds_text(2005) == "2.005");
}

TEST_CASE("time_limit goes first in the limits block, indented like it", "[write-time-limit]") {
  const std::string before =
      "# Sum of two numbers\nname: Sum\nlimits:\n    memory: 512  # MiB\n    output: 8\n"
      "keywords: [easy]\n";
  CHECK(with_time_limit(before, 2000, "problem.yaml") ==
        "# Sum of two numbers\nname: Sum\nlimits:\n    time_limit: 2\n    memory: 512  # MiB\n"
        "    output: 8\nkeywords: [easy]\n");
  // A comment after the key and blank lines inside the block are kept as they were.
  CHECK(with_time_limit("limits: # ours\n\n  memory: 1024\n", 1500, "p") ==
        "limits: # ours\n  time_limit: 1.5\n\n  memory: 1024\n");
}

TEST_CASE("a new limits block when there is none", "[write-time-limit]") {
  CHECK(with_time_limit("name: Sum\n", 1000, "p") == "name: Sum\nlimits:\n  time_limit: 1\n");
  CHECK(with_time_limit("name: Sum", 3000, "p") == "name: Sum\nlimits:\n  time_limit: 3\n");
  CHECK(with_time_limit("", 1000, "p") == "limits:\n  time_limit: 1\n");
  // A key that merely starts like limits is not the block.
  CHECK(with_time_limit("limits_note: x\n", 1000, "p") ==
        "limits_note: x\nlimits:\n  time_limit: 1\n");
}

TEST_CASE("files edited by hand instead", "[write-time-limit]") {
  CHECK_THROWS_AS(with_time_limit("limits: {memory: 512}\n", 1000, "p"), ConfigError);
  CHECK_THROWS_AS(with_time_limit("limits:\n  memory: 5\n  time_limit: 2\n", 1000, "p"),
                  ConfigError);
  // time_limit deeper in the block (in another map) is not the limit.
  CHECK(with_time_limit("limits:\n  time_multipliers:\n    time_limit: 1\n", 1000, "p") ==
        "limits:\n  time_limit: 1\n  time_multipliers:\n    time_limit: 1\n");
}

TEST_CASE("problem.yaml is replaced atomically, its mode kept", "[write-time-limit]") {
  char pattern[] = "/tmp/judge-write-tl-XXXXXX";
  REQUIRE(::mkdtemp(pattern) != nullptr);
  const fs::path dir = pattern;
  const fs::path yaml = dir / "problem.yaml";
  std::ofstream(yaml) << "name: X\n";
  fs::permissions(yaml, fs::perms(0640));
  write_time_limit(yaml, 2000);
  std::stringstream text;
  text << std::ifstream(yaml).rdbuf();
  CHECK(text.str() == "name: X\nlimits:\n  time_limit: 2\n");
  CHECK((fs::status(yaml).permissions() & fs::perms::all) == fs::perms(0640));
  // Nothing left beside it.
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  // A link is refused, and the file it names is left alone.
  fs::remove(yaml);
  std::ofstream(dir / "real.yaml") << "name: Y\n";
  fs::create_symlink(dir / "real.yaml", yaml);
  CHECK_THROWS_AS(write_time_limit(yaml, 1000), ConfigError);
  std::stringstream real;
  real << std::ifstream(dir / "real.yaml").rdbuf();
  CHECK(real.str() == "name: Y\n");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace judge::verify
