#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "lang/language.h"
#include "util/error.h"

using judge::InternalError;
using judge::lang::expand_template;
using judge::lang::Language;
using judge::lang::template_values;

TEST_CASE("placeholders are replaced inside arguments", "[lang][template]") {
  const std::map<std::string, std::string> values = {
      {"source", "Main.java"}, {"main", "Main"}, {"memory_mb", "256"}};
  CHECK(expand_template({"/usr/bin/java", "-Xmx{memory_mb}m", "-cp", "/box", "{main}"}, values) ==
        std::vector<std::string>{"/usr/bin/java", "-Xmx256m", "-cp", "/box", "Main"});
  CHECK(expand_template({"{main}{memory_mb}{main}", "plain"}, values) ==
        std::vector<std::string>{"Main256Main", "plain"});
  CHECK(expand_template({}, values).empty());
}

TEST_CASE("doubled braces are literal braces", "[lang][template]") {
  const std::map<std::string, std::string> values = {{"source", "a.c"}};
  CHECK(expand_template({"{{source}}", "{{{source}}}", "x}}y"}, values) ==
        std::vector<std::string>{"{source}", "{a.c}", "x}y"});
}

TEST_CASE("a value is inserted verbatim, never expanded again", "[lang][template]") {
  const std::map<std::string, std::string> values = {{"source", "{binary}"}};
  CHECK(expand_template({"{source}"}, values) == std::vector<std::string>{"{binary}"});
}

TEST_CASE("a placeholder without a value is an internal error", "[lang][template]") {
  const std::map<std::string, std::string> values = {{"source", "a.c"}};
  CHECK_THROWS_AS(expand_template({"{binary}"}, values), InternalError);
  CHECK_THROWS_AS(expand_template({"{source"}, values), InternalError);
  CHECK_THROWS_AS(expand_template({"source}"}, values), InternalError);
  CHECK_THROWS_AS(expand_template({"{}"}, values), InternalError);
}

TEST_CASE("template_values covers every placeholder of a language", "[lang][template]") {
  Language java;
  java.source_name = "Main.java";
  java.binary_name = "Main.class";
  const auto values = template_values(java, 256ll << 20);
  CHECK(values.at("source") == "Main.java");
  CHECK(values.at("binary") == "Main.class");
  CHECK(values.at("main") == "Main");
  CHECK(values.at("memory_mb") == "256");
  CHECK(values.at("stack_mb") == "256");
  CHECK(expand_template({"-Xmx{memory_mb}m", "{main}"}, values) ==
        std::vector<std::string>{"-Xmx256m", "Main"});

  // Rounded down so that -Xmx never exceeds the limit, but never 0.
  CHECK(template_values(java, (256ll << 20) + 1).at("memory_mb") == "256");
  CHECK(template_values(java, 1000).at("memory_mb") == "1");
  CHECK_THROWS_AS(template_values(java, 0), InternalError);
}
