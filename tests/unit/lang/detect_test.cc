#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "lang/language.h"

using judge::lang::Language;
using judge::lang::Registry;

namespace {
const std::string kFixtures = std::string(JUDGE_TEST_FIXTURES) + "/lang";

std::string detected_id(const Registry& registry, const std::string& path) {
  const Language* language = registry.detect(path);
  return language == nullptr ? "(none)" : language->id;
}
}  // namespace

TEST_CASE("detection by extension is case-sensitive and prefers the longest suffix",
          "[lang][detect]") {
  const Registry registry = Registry::load(kFixtures + "/valid");
  // These files need not exist: the extension alone decides.
  CHECK(detected_id(registry, "/nowhere/a.z") == "zeta");
  CHECK(detected_id(registry, "/nowhere/a.Z") == "alpha");
  CHECK(detected_id(registry, "/nowhere/a.al") == "alpha");
  CHECK(detected_id(registry, "/nowhere/a.tar.z") == "alpha");
  CHECK(detected_id(registry, "/nowhere/a.AL") == "(none)");
  // A suffix must follow a name: a file called just ".z" is not a zeta source.
  CHECK(detected_id(registry, "/nowhere/.z") == "(none)");
  // The directory's name plays no part.
  CHECK(detected_id(registry, "/nowhere/dir.z/file") == "(none)");
}

TEST_CASE("the extension wins over the shebang", "[lang][detect]") {
  const Registry registry = Registry::load(kFixtures + "/valid");
  // prog.z starts with "#!/usr/bin/env alpha".
  CHECK(detected_id(registry, kFixtures + "/sources/prog.z") == "zeta");
  CHECK(detected_id(registry, kFixtures + "/sources/prog.Z") == "alpha");
}

TEST_CASE("files without a known extension are detected by their shebang", "[lang][detect]") {
  const Registry registry = Registry::load(kFixtures + "/valid");
  CHECK(detected_id(registry, kFixtures + "/sources/sol") == "alpha");
  CHECK(detected_id(registry, kFixtures + "/sources/shebang.txt") == "alpha");
  // The second pattern of beta, on a line that ends with CRLF.
  CHECK(detected_id(registry, kFixtures + "/sources/crlf_script") == "beta");
  CHECK(detected_id(registry, kFixtures + "/sources/unknown_interpreter") == "(none)");
  CHECK(detected_id(registry, kFixtures + "/sources/plain") == "(none)");
  CHECK(detected_id(registry, kFixtures + "/sources/empty") == "(none)");
  CHECK(detected_id(registry, kFixtures + "/sources/missing_file") == "(none)");
}

TEST_CASE("only the first 256 bytes of a file are read for its shebang", "[lang][detect]") {
  // A megabyte-long first line once overflowed std::regex_search's stack: the judge crashed.
  const Registry registry = Registry::load(kFixtures + "/valid");
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("judge-detect-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "long_args") << "#!/usr/bin/env alpha " << std::string(1 << 20, 'x') << "\n";
  std::ofstream(dir / "late_name") << "#!" << std::string(1 << 20, ' ') << "/usr/bin/alpha\n";
  std::ofstream(dir / "no_newline") << "#!" << std::string(1 << 20, '(');
  CHECK(detected_id(registry, (dir / "long_args").string()) == "alpha");
  CHECK(detected_id(registry, (dir / "late_name").string()) == "(none)");
  CHECK(detected_id(registry, (dir / "no_newline").string()) == "(none)");
  std::filesystem::remove_all(dir);
}
