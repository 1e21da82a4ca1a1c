// YamlMap: the one reader of YAML mappings for problem packages and language files. Every
// mistake must name the file and the dotted field, and say what was expected.
#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "temp_dir.h"
#include "util/error.h"
#include "util/yaml_map.h"

using judge::ConfigError;
using judge::YamlMap;

namespace {

YamlMap parse(const std::string& text) {
  return YamlMap(YAML::Load(text), "f.yaml");
}

// Runs `read` and returns the ConfigError it throws ("" fields when it throws none).
template <typename Read>
ConfigError error_of(Read read) {
  try {
    read();
  } catch (const ConfigError& e) {
    return e;
  }
  FAIL("expected a ConfigError");
  return ConfigError("unreachable");
}

}  // namespace

TEST_CASE("a null or absent node reads as an empty map, a scalar is refused", "[yaml_map]") {
  const YamlMap empty = parse("");
  CHECK_FALSE(empty.has("anything"));
  CHECK_FALSE(empty.map("limits").has_value());
  const YamlMap nulls = parse("a: ~\nb: null\n");
  CHECK_FALSE(nulls.has("a"));
  CHECK_FALSE(nulls.string("b").has_value());

  const ConfigError top = error_of([] { parse("just text"); });
  CHECK(top.file() == "f.yaml");
  CHECK(top.field().empty());
  CHECK(std::string(top.what()).find("expected a YAML mapping") != std::string::npos);
  const ConfigError nested = error_of([] { parse("limits: 5\n").map("limits"); });
  CHECK(nested.field() == "limits");
}

TEST_CASE("nested maps name their dotted fields", "[yaml_map]") {
  const YamlMap doc = parse("limits:\n  time: x\n  memory: 512\n");
  const auto limits = doc.map("limits");
  REQUIRE(limits);
  CHECK(limits->field("memory") == "limits.memory");
  CHECK(limits->integer("memory", "MiB") == 512);
  const ConfigError e = error_of([&] { limits->number("time", "a number of seconds"); });
  CHECK(e.field() == "limits.time");
  CHECK(std::string(e.what()).find("expected a number of seconds") != std::string::npos);
  CHECK(error_of([&] { limits->fail("memory", "too big"); }).field() == "limits.memory");
}

TEST_CASE("typed reads follow YAML's types", "[yaml_map]") {
  const YamlMap doc = parse(
      "n: 1.5\ninf: .inf\ni: 7\nfrac: 7.5\ns: hello\nlist: [a, b]\nflags: a  b c\n"
      "nested_list: [[a]]\nm: {k: v}\n");
  CHECK(doc.number("n", "x") == 1.5);
  CHECK(doc.integer("i", "x") == 7);
  CHECK(doc.string("s") == "hello");
  CHECK(doc.string_list("list") == std::vector<std::string>{"a", "b"});
  CHECK(doc.string_list("flags") == std::vector<std::string>{"a", "b", "c"});
  CHECK_THROWS_AS(doc.number("inf", "a finite number"), ConfigError);
  CHECK_THROWS_AS(doc.integer("frac", "a whole number"), ConfigError);
  CHECK_THROWS_AS(doc.string("m"), ConfigError);
  CHECK_THROWS_AS(doc.string_list("nested_list"), ConfigError);
  CHECK_THROWS_AS(doc.string_list("m"), ConfigError);
}

TEST_CASE("text reads want strings and explain an unquoted placeholder", "[yaml_map]") {
  const YamlMap doc = parse(
      "id: c\nempty: ''\nrun: [/bin/x, {source}]\ncompile: /bin/cc\nnone: []\n"
      "env: {PATH: /usr/bin, EMPTY: ~}\nbad_env: {'A=B': x}\nn: '2.5'\nk: 64\nk2: 64k\n");
  CHECK(doc.required_string("id") == "c");
  CHECK(doc.optional_string("absent").empty());
  CHECK(error_of([&] { doc.required_string("absent"); }).field() == "absent");
  CHECK(std::string(error_of([&] { doc.required_string("empty"); }).what())
            .find("must not be "
                  "empty") != std::string::npos);

  const ConfigError placeholder = error_of([&] { doc.required_string_list("run"); });
  CHECK(placeholder.field() == "run[1]");
  CHECK(std::string(placeholder.what()).find("quote placeholders") != std::string::npos);
  CHECK(error_of([&] { doc.optional_string_list("compile"); }).field() == "compile");
  CHECK(error_of([&] { doc.required_string_list("none"); }).field() == "none");
  CHECK_FALSE(doc.optional_string_list("absent").has_value());

  CHECK(doc.env_map("env") == std::vector<std::string>{"PATH=/usr/bin", "EMPTY="});
  CHECK(error_of([&] { doc.env_map("bad_env"); }).field() == "bad_env.A=B");
  CHECK(doc.optional_number("n") == 2.5);
  CHECK(doc.optional_integer("k") == 64);
  const ConfigError not_integer = error_of([&] { doc.optional_integer("k2"); });
  CHECK(not_integer.field() == "k2");
  CHECK(std::string(not_integer.what()).find("got '64k'") != std::string::npos);
}

TEST_CASE("unknown keys are refused with the list of known ones", "[yaml_map]") {
  parse("id: c\ncompile_env: {}\n").reject_unknown_keys({"id", "compile_env"});
  const ConfigError e =
      error_of([&] { parse("id: c\ncompile_evn: x\n").reject_unknown_keys({"id"}); });
  CHECK(e.field() == "compile_evn");
  CHECK(std::string(e.what()).find("expected one of: id") != std::string::npos);
}

TEST_CASE("load_yaml_file names the file and the line of a syntax error", "[yaml_map]") {
  judge::testing::TempDir dir("judge-yaml-map");
  std::ofstream(dir / "bad.yaml") << "a: 1\nb: [unclosed\n";
  const ConfigError e = error_of([&] { judge::load_yaml_file(dir / "bad.yaml"); });
  CHECK(e.file() == (dir / "bad.yaml").string());
  CHECK(std::string(e.what()).find("invalid YAML at line") != std::string::npos);
  CHECK(error_of([&] { judge::load_yaml_file(dir / "missing.yaml"); }).file() ==
        (dir / "missing.yaml").string());
  std::ofstream(dir / "empty.yaml") << "";
  CHECK(judge::load_yaml_file(dir / "empty.yaml").IsNull());
}
