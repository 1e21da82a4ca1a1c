#include <catch2/catch.hpp>
#include <chrono>
#include <string>

#include "lang/language.h"
#include "lang/version_command.h"

using judge::lang::Language;
using judge::lang::toolchain_version;
using judge::lang::detail::run_version_command;
using namespace std::chrono_literals;

TEST_CASE("the version is the first non-empty line of stdout and stderr", "[lang][toolchain]") {
  CHECK(run_version_command({"/bin/sh", "-c", "echo; echo '  tool 1.2  '; echo second"}, 5s) ==
        "tool 1.2");
  // javac and java print their version on stderr.
  CHECK(run_version_command({"/bin/sh", "-c", "echo 'javac 17' >&2"}, 5s) == "javac 17");
  // Found through PATH, like posix_spawnp does.
  CHECK(run_version_command({"sh", "-c", "echo found"}, 5s) == "found");
}

TEST_CASE("a missing, failing, silent or hung toolchain has no version", "[lang][toolchain]") {
  CHECK(run_version_command({"/nonexistent/bin/cc", "--version"}, 5s) == std::nullopt);
  CHECK(run_version_command({"/bin/sh", "-c", "echo 'cc 1.0'; exit 1"}, 5s) == std::nullopt);
  CHECK(run_version_command({"/bin/sh", "-c", "printf '\\n  \\n'"}, 5s) == std::nullopt);
  CHECK(run_version_command({}, 5s) == std::nullopt);

  const auto start = std::chrono::steady_clock::now();
  CHECK(run_version_command({"/bin/sleep", "10"}, 200ms) == std::nullopt);
  CHECK(std::chrono::steady_clock::now() - start < 5s);
}

TEST_CASE("the version command runs with a fixed environment", "[lang][toolchain]") {
  // The caller's locale must not change the banner (it feeds cache keys).
  CHECK(run_version_command({"/bin/sh", "-c", "echo \"$LC_ALL\""}, 5s) == "C");
}

TEST_CASE("toolchain_version caches per command", "[lang][toolchain]") {
  Language counter;
  // Each real run prints a different line, so a second call shows whether it ran again.
  counter.version_command = {"/bin/sh", "-c", "date +%s%N"};
  const auto first = toolchain_version(counter);
  REQUIRE(first.has_value());
  CHECK(toolchain_version(counter) == first);

  Language missing;
  missing.version_command = {"/nonexistent/bin/cc", "--version"};
  CHECK(toolchain_version(missing) == std::nullopt);
}
