#include "judge/float_token.h"

#include <cmath>

#include <catch2/catch.hpp>

namespace judge {
namespace {

TEST_CASE("floats by the spec's grammar", "[float_token]") {
  CHECK(parse_float_token("0") == 0.0);
  CHECK(parse_float_token("42") == 42.0);
  CHECK(parse_float_token("-1.5") == -1.5);
  CHECK(parse_float_token("+1.5") == 1.5);
  CHECK(parse_float_token(".5") == 0.5);
  CHECK(parse_float_token("5.") == 5.0);
  CHECK(parse_float_token("1e3") == 1000.0);
  CHECK(parse_float_token("1E+3") == 1000.0);
  CHECK(parse_float_token("2.5e-1") == 0.25);
  CHECK(parse_float_token("-.5E1") == -5.0);
  CHECK(parse_float_token("000123.4500") == 123.45);
}

TEST_CASE("tokens that are not floats by the spec", "[float_token]") {
  for (const char* token : {"",      "+",   "-",   ".",   "e5",   ".e5", "1e",  "1e+",      "1.2.3",
                            "1e5.0", "--1", "+-1", "inf", "-inf", "nan", "NaN", "infinity", "0x10",
                            "0x1p3", "1,5", " 1",  "1 ",  "1f",   "1d",  "١"}) {
    INFO("token '" << token << "'");
    CHECK_FALSE(parse_float_token(token).has_value());
  }
}

TEST_CASE("out-of-range floats saturate instead of failing", "[float_token]") {
  const auto huge = parse_float_token("1e400");
  REQUIRE(huge);
  CHECK(std::isinf(*huge));
  CHECK(*huge > 0);
  const auto negative_huge = parse_float_token("-123456.7e305");
  REQUIRE(negative_huge);
  CHECK(std::isinf(*negative_huge));
  CHECK(*negative_huge < 0);
  const auto tiny = parse_float_token("-0.0001e-400");
  REQUIRE(tiny);
  CHECK(*tiny == 0.0);
  CHECK(std::signbit(*tiny));
  const auto absurd_exponent = parse_float_token("1e99999999999999999999999");
  REQUIRE(absurd_exponent);
  CHECK(std::isinf(*absurd_exponent));
}

TEST_CASE("at least 30 digits on each side of the point", "[float_token]") {
  const auto value =
      parse_float_token("123456789012345678901234567890.123456789012345678901234567890");
  REQUIRE(value);
  CHECK(*value == Approx(1.2345678901234568e29));
}

}  // namespace
}  // namespace judge
