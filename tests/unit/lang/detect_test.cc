#include <catch2/catch.hpp>
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
