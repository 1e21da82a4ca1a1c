#include "judge/default_validator.h"

#include <sstream>

#include <catch2/catch.hpp>

#include "util/error.h"

namespace judge {
namespace {

DefaultValidatorOptions flags(const std::vector<std::string>& args) {
  return parse_default_validator_flags(args, "problems/x/problem.yaml");
}

ValidationResult validate(const std::string& answer, const std::string& output,
                          const DefaultValidatorOptions& options = {}) {
  std::istringstream answer_stream(answer);
  std::istringstream output_stream(output);
  return validate_default(answer_stream, output_stream, options);
}

// Each output in `accepted` must pass and each in `rejected` must fail against `answer`.
void check_table(const std::vector<std::string>& flag_args, const std::string& answer,
                 const std::vector<std::string>& accepted,
                 const std::vector<std::string>& rejected) {
  const DefaultValidatorOptions options = flags(flag_args);
  for (const std::string& output : accepted) {
    INFO("answer '" << answer << "', output '" << output << "' should be accepted");
    const ValidationResult result = validate(answer, output, options);
    CHECK(result.accepted);
    CHECK(result.message.empty());
    CHECK_FALSE(result.difference.has_value());
  }
  for (const std::string& output : rejected) {
    INFO("answer '" << answer << "', output '" << output << "' should be rejected");
    const ValidationResult result = validate(answer, output, options);
    CHECK_FALSE(result.accepted);
    CHECK_FALSE(result.message.empty());
    CHECK(result.difference.has_value());
  }
}

const std::string kNul(1, '\0');

TEST_CASE("whitespace is ignored by default", "[default_validator]") {
  check_table({}, "", {"", " ", "  ", " \n", "\n", "\t", " \t\n\t\n \t", "\r\n", "\v\f"},
              {"|", ".", "a", "0", " 0 ", kNul});
  check_table({}, "A B", {"A B", " A  B \t\n", " A B", "A B ", "A\r\nB\r\n", "A\n\n\nB"},
              {"A B X", "X A B", "A B\nX", "A B\n\n\n \n X", "AB", "A", ""});
  check_table({}, "1\n2\n", {"1 2", "1\n2", "1\n2\n\n\n"}, {"12", "1\n2\n3\n"});
}

TEST_CASE("space_change_sensitive compares every whitespace run", "[default_validator]") {
  check_table({"space_change_sensitive"}, "", {""},
              {" ", "  ", "\n", "\t", " \t\n", "0", " 0", "0 "});
  check_table(
      {"space_change_sensitive"}, "A B\n", {"A B\n", "a b\n"},
      {"A B", "A B\n\n", "A B \n", "A  B\n", "A\tB\n", "A\nB\n", " A B\n", "A B\r\n", "A B\n "});
  check_table({"space_change_sensitive"}, "1\r\n2\r\n", {"1\r\n2\r\n"}, {"1\n2\n", "1\r\n2\n"});
}

TEST_CASE("space_change_sensitive reports which whitespace differs", "[default_validator]") {
  const DefaultValidatorOptions strict = flags({"space_change_sensitive"});
  SECTION("missing final newline") {
    const ValidationResult r = validate("A\n", "A", strict);
    CHECK(r.message == "line 1: whitespace differs: expected '\\n', got end of output");
    REQUIRE(r.difference);
    CHECK(r.difference->line == 1);
    CHECK(r.difference->token == 2);
    CHECK(r.difference->expected == "\\n");
    CHECK(r.difference->got == "");
  }
  SECTION("CRLF instead of LF") {
    const ValidationResult r = validate("1\n2\n", "1\r\n2\r\n", strict);
    CHECK(r.message == "line 1: whitespace differs: expected '\\n', got '\\r\\n'");
  }
  SECTION("leading space") {
    const ValidationResult r = validate("A\n", " A\n", strict);
    CHECK(r.message == "line 1: whitespace differs: expected no whitespace, got ' '");
    CHECK(r.difference->token == 1);
  }
  SECTION("extra trailing blank line, reported where the run starts") {
    const ValidationResult r = validate("A\nB\n", "A\nB\n\n", strict);
    CHECK(r.message == "line 2: whitespace differs: expected '\\n', got '\\n\\n'");
  }
  SECTION("a huge whitespace run is cut in the report") {
    const ValidationResult r = validate("A\n", "A" + std::string(1 << 20, ' '), strict);
    CHECK_FALSE(r.accepted);
    REQUIRE(r.difference);
    CHECK(r.difference->got == std::string(60, ' ') + "...");
  }
}

TEST_CASE("case sensitivity", "[default_validator]") {
  check_table({}, "A B", {"a b", " A b", "a\n B", "A  B"},
              {"A C", "a c", "A BB", "B A", "b a", "1 2"});
  check_table({"case_sensitive"}, "A B", {"A B", " A B", "A\n B"},
              {"a b", " A b", "a\n B", "A C", "B A"});
  // Only ASCII letters fold; other bytes compare exactly.
  check_table({}, "\xc3\xa9t\xc3\xa9", {"\xc3\xa9T\xc3\xa9"}, {"\xc3\x89T\xc3\x89"});
}

TEST_CASE("absolute float tolerance", "[default_validator]") {
  check_table({"float_absolute_tolerance", "1", "case_sensitive"}, "10 11",
              {"10 11", "10.1 11.9", "9 10", "11 12", "1e1 1.1e1", "1E1 1.1E1"},
              {"10 9.99999999", "11.000000001 11", "10 x", "10"});
}

TEST_CASE("relative float tolerance", "[default_validator]") {
  check_table({"float_relative_tolerance", "0.5"}, "10 20", {"5 10", "15 30", "10 20"},
              {"4.999 20", "15.0001 20", "10 30.00001", "10 asdf", "A B"});
}

TEST_CASE("float_tolerance accepts within either tolerance", "[default_validator]") {
  // 1000: absolute 0.5 or relative 500; 0.001: absolute 0.5 wins.
  check_table({"float_tolerance", "0.5"}, "1000 0.001",
              {"500 -0.499", "1500 0.501", "999.5 0.0005", "1000.5 0.0015"},
              {"1000 0.001 X", "X 1000 0.001", "499 -0.499", "500 -0.500", "1501 0.501",
               "1500 0.5010001", "A"});
}

TEST_CASE("float tokens may use any decimal formatting", "[default_validator]") {
  check_table({"float_absolute_tolerance", "1e-9"}, "0.001",
              {"1e-3", "1E-3", "1.0e-03", "+0.001", ".001", "0.0010", "10e-4", "1.e-3"},
              {"0.0011", "1e-3x", "0x1p-10", "1,0e-3", "1e", "e-3", "."});
  // With a tolerance, integers are floats too (the spec says so explicitly).
  check_table({"float_tolerance", "0"}, "0", {"0", "-0", "0.0", "0e5"}, {"1e-300"});
  // Without a tolerance they are plain strings.
  check_table({}, "0", {"0"}, {"-0", "0.0"});
}

TEST_CASE("tokens that are not floats by the spec compare as strings", "[default_validator]") {
  check_table({"float_tolerance", "0.5"}, "A 1000", {"A 1001", " a 999"}, {" a 999a"});
  check_table({"float_tolerance", "0.5"}, "1000A", {"1000A", "1000a"}, {"1000.0a", "1000B"});
  // inf and nan are not in the spec's float grammar: an answer "inf" is a string...
  check_table({"float_tolerance", "0.5", "case_sensitive"}, "inf", {"inf"},
              {"INF", "-inf", "nan", "1e400", "0"});
  check_table({"float_tolerance", "0.5"}, "inf", {"inf", "INF"}, {"infinity"});
  check_table({"float_tolerance", "0.5"}, "nan", {"nan", "NaN"}, {"-nan", "0"});
  // ...and an output "inf" or "nan" is never a float.
  check_table({"float_tolerance", "0.5"}, "1", {"1", "1.5", "0.5"},
              {"inf", "-inf", "nan", "infinity", "0x1p0", "0"});
  // An answer beyond double's range compares as a string (problemtools does the same).
  check_table({"float_tolerance", "0.5"}, "1e400", {"1e400", "1E400"}, {"1e401", "1e399"});
}

TEST_CASE("float differences are explained", "[default_validator]") {
  const ValidationResult both = validate("1.5", "1.7", flags({"float_tolerance", "1e-6"}));
  CHECK(both.message ==
        "line 1: expected '1.5', got '1.7' (difference 0.2 is over the absolute tolerance 1e-06 "
        "and the relative tolerance 1e-06)");
  const ValidationResult relative =
      validate("1.5", "1.7", flags({"float_relative_tolerance", "0.01"}));
  CHECK(relative.message ==
        "line 1: expected '1.5', got '1.7' (difference 0.2 is over the relative tolerance 0.01)");
  const ValidationResult not_float = validate("2.5", "two", flags({"float_tolerance", "1e-6"}));
  CHECK(not_float.message == "line 1: expected '2.5', got 'two' (not a floating-point number)");
}

TEST_CASE("wrong tokens report line, token and both sides", "[default_validator]") {
  const ValidationResult r = validate("1\n2\n42\n", "1\n2\n41\n");
  CHECK_FALSE(r.accepted);
  CHECK(r.message == "line 3: expected '42', got '41'");
  REQUIRE(r.difference);
  CHECK(r.difference->line == 3);
  CHECK(r.difference->token == 3);
  CHECK(r.difference->expected == "42");
  CHECK(r.difference->got == "41");

  // The line is the output's line, wherever the answer has the token.
  const ValidationResult moved = validate("1 2 3", "1\n\n2\n4");
  CHECK(moved.message == "line 4: expected '3', got '4'");
  CHECK(moved.difference->token == 3);
}

TEST_CASE("output that ends early", "[default_validator]") {
  const ValidationResult r = validate("1 2 3\n", "1 2\n");
  CHECK(r.message == "line 2: expected '3', got end of output");
  REQUIRE(r.difference);
  CHECK(r.difference->token == 3);
  CHECK(r.difference->expected == "3");
  CHECK(r.difference->got == "");

  const ValidationResult empty = validate("42\n", "");
  CHECK(empty.message == "line 1: expected '42', got end of output (the output has no tokens)");
  CHECK_FALSE(validate("42\n", "\n\n", flags({"space_change_sensitive"})).accepted);
}

TEST_CASE("output after the answer ended", "[default_validator]") {
  const ValidationResult r = validate("1 2\n", "1 2\nextra stuff\n");
  CHECK(r.message == "line 2: trailing output 'extra' after the answer ended");
  REQUIRE(r.difference);
  CHECK(r.difference->line == 2);
  CHECK(r.difference->token == 3);
  CHECK(r.difference->expected == "");
  CHECK(r.difference->got == "extra");

  CHECK_FALSE(validate("", "x").accepted);
  CHECK(validate("", "").accepted);
  CHECK(validate("", "", flags({"space_change_sensitive"})).accepted);
}

TEST_CASE("non-printable bytes are escaped in reports", "[default_validator]") {
  const ValidationResult r = validate("4", "4\x01");
  CHECK(r.message == "line 1: expected '4', got '4\\x01'");
  CHECK(r.difference->got == "4\\x01");
  check_table({}, "a", {"a"}, {"a" + kNul, "a" + kNul + "a"});
}

TEST_CASE("huge tokens", "[default_validator]") {
  const std::string big(1'000'000, 'a');
  check_table({}, big, {big, big + "\n"}, {big + "a", big.substr(1)});

  SECTION("a differing huge token is shown cut") {
    const ValidationResult r = validate(big, big.substr(0, big.size() - 1) + "b");
    REQUIRE(r.difference);
    CHECK(r.difference->expected == std::string(60, 'a') + "...");
    CHECK(r.difference->got == std::string(60, 'a') + "...");
  }
  SECTION("a 16 MiB output token against a short answer") {
    const ValidationResult r = validate("1", std::string(16 << 20, '1'));
    CHECK_FALSE(r.accepted);
    CHECK(r.difference->got == std::string(60, '1') + "...");
  }
  SECTION("a float with hundreds of digits") {
    const std::string tiny = "0." + std::string(300, '0') + "1";
    check_table({"float_absolute_tolerance", "1e-9"}, "0", {tiny, "1e-301"}, {});
    // Past 4096 characters an output token is not accepted as a float.
    const std::string padded = "1." + std::string(5000, '0');
    check_table({"float_tolerance", "1e-6"}, "1", {"1." + std::string(4000, '0')}, {padded});
  }
}

TEST_CASE("long outputs are compared as they stream", "[default_validator]") {
  std::string answer;
  for (int i = 0; i < 200'000; ++i) answer += std::to_string(i) + "\n";
  CHECK(validate(answer, answer).accepted);
  CHECK(validate(answer, answer, flags({"space_change_sensitive"})).accepted);
  std::string output = answer;
  output[output.size() - 2] = 'x';  // last token 199999 -> 19999x
  const ValidationResult r = validate(answer, output);
  CHECK(r.message == "line 200000: expected '199999', got '19999x'");
}

TEST_CASE("parsing validator flags", "[default_validator]") {
  SECTION("defaults") {
    const DefaultValidatorOptions o = flags({});
    CHECK_FALSE(o.case_sensitive);
    CHECK_FALSE(o.space_change_sensitive);
    CHECK_FALSE(o.float_absolute_tolerance.has_value());
    CHECK_FALSE(o.float_relative_tolerance.has_value());
  }
  SECTION("every flag") {
    const DefaultValidatorOptions o =
        flags({"case_sensitive", "space_change_sensitive", "float_absolute_tolerance", "1e-9",
               "float_relative_tolerance", ".5"});
    CHECK(o.case_sensitive);
    CHECK(o.space_change_sensitive);
    CHECK(o.float_absolute_tolerance == 1e-9);
    CHECK(o.float_relative_tolerance == 0.5);
  }
  SECTION("float_tolerance sets both") {
    const DefaultValidatorOptions o = flags({"float_tolerance", "1e-6"});
    CHECK(o.float_absolute_tolerance == 1e-6);
    CHECK(o.float_relative_tolerance == 1e-6);
  }
}

TEST_CASE("a later tolerance overrides an earlier one (problem, then group, then case)",
          "[default_validator]") {
  const DefaultValidatorOptions a =
      flags({"float_tolerance", "1e-6", "float_absolute_tolerance", "1e-9"});
  CHECK(*a.float_absolute_tolerance == 1e-9);
  CHECK(*a.float_relative_tolerance == 1e-6);
  const DefaultValidatorOptions b =
      flags({"float_absolute_tolerance", "1", "float_tolerance", "2"});
  CHECK(*b.float_absolute_tolerance == 2);
  CHECK(*b.float_relative_tolerance == 2);
}

TEST_CASE("bad validator flags are config errors", "[default_validator]") {
  const auto fails_with = [](const std::vector<std::string>& args, const std::string& text) {
    INFO("flags ending in '" << (args.empty() ? "" : args.back()) << "'");
    try {
      flags(args);
      FAIL("expected a ConfigError");
    } catch (const ConfigError& e) {
      CHECK(e.file() == "problems/x/problem.yaml");
      CHECK(e.field() == "validator flags");
      CHECK_THAT(std::string(e.what()), Catch::Contains(text));
    }
  };
  fails_with({"case_insensitive"}, "unknown flag 'case_insensitive'");
  fails_with({"float_tolerance"}, "float_tolerance needs a number after it");
  fails_with({"case_sensitive", "float_absolute_tolerance"}, "needs a number");
  fails_with({"float_tolerance", "abc"}, "got 'abc'");
  fails_with({"float_relative_tolerance", "-1e-6"}, "non-negative");
  fails_with({"float_tolerance", "inf"}, "got 'inf'");
  fails_with({"float_tolerance", "1e400"}, "got '1e400'");
  // Flags are separate arguments; a whole string is the caller's job to split.
  fails_with({"float_tolerance 1e-6"}, "unknown flag");
}

}  // namespace
}  // namespace judge
