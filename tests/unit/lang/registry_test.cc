#include <catch2/catch.hpp>
#include <string>

#include "lang/language.h"
#include "util/error.h"

using judge::ConfigError;
using judge::lang::Language;
using judge::lang::Registry;

namespace {
const std::string kFixtures = std::string(JUDGE_TEST_FIXTURES) + "/lang";
}

TEST_CASE("a valid registry loads every yaml file, sorted by id", "[lang][registry]") {
  const Registry registry = Registry::load(kFixtures + "/valid");
  REQUIRE(registry.all().size() == 3);  // README.txt is not a language file
  CHECK(registry.all()[0].id == "alpha");
  CHECK(registry.all()[1].id == "beta");
  CHECK(registry.all()[2].id == "zeta");
  CHECK(registry.find("zeta") == &registry.all()[2]);
  CHECK(registry.find("gamma") == nullptr);
  CHECK(registry.find("") == nullptr);
}

TEST_CASE("every field of a compiled language is read", "[lang][registry]") {
  const Registry registry = Registry::load(kFixtures + "/valid");
  const Language* zeta = registry.find("zeta");
  REQUIRE(zeta != nullptr);
  CHECK(zeta->name == "Zeta (compiled)");
  CHECK(zeta->extensions == std::vector<std::string>{".z"});
  CHECK(zeta->shebang_patterns.empty());
  CHECK(zeta->source_name == "main.z");
  CHECK(zeta->binary_name == "prog");
  REQUIRE(zeta->compile.has_value());
  CHECK(*zeta->compile == std::vector<std::string>{"/usr/bin/zc", "-o", "{binary}", "{source}",
                                                   "--heap={memory_mb}M", "{{literal}}"});
  CHECK(zeta->run == std::vector<std::string>{"/box/{binary}", "--stack={stack_mb}"});
  // Environment maps keep file order; a null value is an empty variable.
  CHECK(zeta->compile_env == std::vector<std::string>{"PATH=/usr/bin:/bin", "EMPTY="});
  CHECK(zeta->run_env == std::vector<std::string>{"HOME=/tmp"});
  CHECK(zeta->extra_readonly == std::vector<std::string>{"/opt/zeta"});
  CHECK(zeta->time_factor == Approx(2.5));
  CHECK(zeta->memory_extra_bytes == 64ll << 20);
  CHECK(zeta->max_processes == 8);
  CHECK(zeta->compile_time_limit_ms == 12000);
  CHECK(zeta->compile_memory_bytes == 512ll << 20);
  CHECK(zeta->version_command == std::vector<std::string>{"/usr/bin/zc", "--version"});
  CHECK(zeta->debian_package == "zeta-compiler");
  CHECK(zeta->file.filename() == "compiled.yaml");
}

TEST_CASE("optional fields of an interpreted language keep their defaults", "[lang][registry]") {
  const Registry registry = Registry::load(kFixtures + "/valid");
  const Language* alpha = registry.find("alpha");
  REQUIRE(alpha != nullptr);
  CHECK_FALSE(alpha->compile.has_value());
  CHECK(alpha->binary_name.empty());
  CHECK(alpha->compile_env.empty());
  CHECK(alpha->run_env.empty());
  CHECK(alpha->extra_readonly.empty());
  const Language defaults;
  CHECK(alpha->time_factor == defaults.time_factor);
  CHECK(alpha->memory_extra_bytes == defaults.memory_extra_bytes);
  CHECK(alpha->max_processes == defaults.max_processes);
  CHECK(alpha->compile_time_limit_ms == defaults.compile_time_limit_ms);
  CHECK(alpha->compile_memory_bytes == defaults.compile_memory_bytes);
  CHECK(alpha->version_command.empty());
  CHECK(alpha->debian_package.empty());

  const Language* beta = registry.find("beta");
  REQUIRE(beta != nullptr);
  CHECK(beta->extensions.empty());
  CHECK(beta->shebang_patterns.size() == 2);
}

namespace {
struct ErrorCase {
  const char* dir;
  const char* file;
  const char* field;
  const char* message_part;
};
}  // namespace

TEST_CASE("bad language files name the file and the field", "[lang][registry]") {
  const ErrorCase cases[] = {
      {"missing_id", "lang.yaml", "id", "required"},
      {"missing_name", "lang.yaml", "name", "required"},
      {"missing_source_name", "lang.yaml", "source_name", "required"},
      {"missing_run", "lang.yaml", "run", "required"},
      {"no_extensions_or_shebang", "lang.yaml", "extensions", "shebang"},
      {"extensions_not_list", "lang.yaml", "extensions", "expected a list"},
      {"run_is_string", "lang.yaml", "run", "expected a list"},
      {"unquoted_placeholder", "lang.yaml", "run[1]", "quote placeholders"},
      {"unknown_placeholder", "lang.yaml", "compile[3]", "unknown placeholder {sourcefile}"},
      {"unterminated_placeholder", "lang.yaml", "run[1]", "without its '}'"},
      {"binary_without_compile", "lang.yaml", "binary_name", "only meaningful with compile"},
      {"binary_placeholder_interpreted", "lang.yaml", "run[1]", "{binary} needs binary_name"},
      {"compile_without_binary", "lang.yaml", "binary_name", "required with compile"},
      {"relative_run", "lang.yaml", "run[0]", "absolute path"},
      {"placeholder_in_version", "lang.yaml", "version[1]", "not available"},
      {"bad_memory_extra", "lang.yaml", "limits.memory_extra", "not a size"},
      {"bad_time_factor", "lang.yaml", "limits.time_factor", "expected a number"},
      {"bad_processes", "lang.yaml", "limits.processes", "from 1 to"},
      {"bad_compile_time", "lang.yaml", "limits.compile_time", "not a duration"},
      {"unknown_limit", "lang.yaml", "limits.memory", "unknown field"},
      {"unknown_field", "lang.yaml", "compile_evn", "unknown field"},
      {"env_as_list", "lang.yaml", "run_env", "VARIABLE: value"},
      {"bad_shebang_regex", "lang.yaml", "shebang[0]", "invalid regular expression"},
      {"long_shebang_regex", "lang.yaml", "shebang[0]", "expected at most 256"},
      {"bad_extension", "lang.yaml", "extensions[0]", "not an extension"},
      {"bad_id", "lang.yaml", "id", "not a valid id"},
      {"source_name_with_slash", "lang.yaml", "source_name", "plain file name"},
      {"invalid_yaml", "lang.yaml", "", "invalid YAML at line"},
      {"not_a_mapping", "lang.yaml", "", "expected a mapping"},
      {"duplicate_id", "b_second.yaml", "id", "a_first.yaml"},
      {"duplicate_extension", "b_second.yaml", "extensions", "a_first.yaml"},
  };
  for (const ErrorCase& c : cases) {
    const std::string dir = kFixtures + "/errors/" + c.dir;
    INFO("fixture " << c.dir);
    try {
      Registry::load(dir);
      FAIL("no ConfigError for " << c.dir);
    } catch (const ConfigError& e) {
      INFO("message: " << e.what());
      CHECK(e.file() == dir + "/" + c.file);
      CHECK(e.field() == c.field);
      CHECK_THAT(e.what(), Catch::Contains(c.message_part));
    }
  }
}

TEST_CASE("a duplicate id names both files", "[lang][registry]") {
  const std::string dir = kFixtures + "/errors/duplicate_id";
  try {
    Registry::load(dir);
    FAIL("duplicate id accepted");
  } catch (const ConfigError& e) {
    CHECK(e.file() == dir + "/b_second.yaml");
    CHECK_THAT(e.what(), Catch::Contains(dir + "/a_first.yaml") && Catch::Contains("'same'"));
  }
}

TEST_CASE("a directory without language files is an error", "[lang][registry]") {
  CHECK_THROWS_AS(Registry::load(kFixtures + "/errors/empty_dir"), ConfigError);
  CHECK_THROWS_AS(Registry::load(kFixtures + "/does_not_exist"), ConfigError);
  // A file is not a directory of languages.
  CHECK_THROWS_AS(Registry::load(kFixtures + "/valid/compiled.yaml"), ConfigError);
}
