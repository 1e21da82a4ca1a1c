// testlib's standard checkers, built in: each one's semantics on outputs it must accept and
// reject, and answers it must refuse (JE).
#include <catch2/catch.hpp>

#include "judge/builtin_checkers.h"

using judge::Verdict;

namespace {

Verdict check(const char* name, const char* output, const char* answer) {
  return judge::run_builtin_checker(name, output, answer).verdict;
}

constexpr auto AC = Verdict::kAccepted;
constexpr auto WA = Verdict::kWrongAnswer;
constexpr auto JE = Verdict::kJudgeError;

}  // namespace

TEST_CASE("wcmp: tokens in order, whitespace free", "[builtin]") {
  CHECK(check("wcmp", "a  b\n\nc", "a b c\n") == AC);
  CHECK(check("wcmp", "a b", "a b c") == WA);
  CHECK(check("wcmp", "a b c d", "a b c") == WA);
  CHECK(check("wcmp", "A b c", "a b c") == WA);  // case matters
  CHECK(check("wcmp", "", "") == AC);
}

TEST_CASE("lcmp: line by line, tokens within a line", "[builtin]") {
  CHECK(check("lcmp", "1  2\n3\n\n", "1 2\n3\n") == AC);
  CHECK(check("lcmp", "1\n2 3\n", "1 2\n3\n") == WA);  // wcmp would accept this
  CHECK(check("wcmp", "1\n2 3\n", "1 2\n3\n") == AC);
  CHECK(check("lcmp", "1 2\n", "1 2\n3\n") == WA);
}

TEST_CASE("fcmp: lines byte for byte", "[builtin]") {
  CHECK(check("fcmp", "a b\nc\n", "a b\nc\n") == AC);
  CHECK(check("fcmp", "a b\r\nc", "a b\nc\n") == AC);  // CR LF and the last newline
  CHECK(check("fcmp", "a  b\nc\n", "a b\nc\n") == WA);
  CHECK(check("fcmp", "a b\nc\n\n", "a b\nc\n") == WA);
}

TEST_CASE("ncmp and uncmp: 64-bit integers, in order or not", "[builtin]") {
  CHECK(check("ncmp", "1 -2 9223372036854775807", "1\n-2\n9223372036854775807") == AC);
  CHECK(check("ncmp", "1 2", "2 1") == WA);
  CHECK(check("uncmp", "1 2 2", "2 1 2") == AC);
  CHECK(check("uncmp", "1 2 3", "2 1 2") == WA);
  CHECK(check("ncmp", "1 x", "1 2") == WA);
  CHECK(check("ncmp", "1 2 3", "1 2") == WA);
  CHECK(check("ncmp", "1 2", "1 two") == JE);
  CHECK(check("ncmp", "9223372036854775808", "1") == WA);  // overflow
}

TEST_CASE("icmp and hcmp: one integer", "[builtin]") {
  CHECK(check("icmp", " 42 \n", "42") == AC);
  CHECK(check("icmp", "43", "42") == WA);
  CHECK(check("icmp", "42 43", "42") == WA);  // extra output (testlib's PE)
  CHECK(check("icmp", "3000000000", "42") == WA);
  CHECK(check("icmp", "42", "4 2") == JE);
  CHECK(check("hcmp", "123456789012345678901234567890", "123456789012345678901234567890") == AC);
  CHECK(check("hcmp", "0123", "123") == WA);  // no leading zeros
  CHECK(check("hcmp", "-0", "0") == WA);
  CHECK(check("hcmp", "-5", "-5") == AC);
}

TEST_CASE("rcmp4 / rcmp6 / rcmp9: absolute or relative error", "[builtin]") {
  CHECK(check("rcmp4", "1.00005", "1") == AC);
  CHECK(check("rcmp6", "1.00005", "1") == WA);
  CHECK(check("rcmp6", "1000000.5", "1000000") == AC);  // relative 5e-7
  CHECK(check("rcmp9", "1.0000001", "1") == WA);
  CHECK(check("rcmp9", "1e-12", "0") == AC);
  CHECK(check("rcmp6", "nan", "nan") == AC);
  CHECK(check("rcmp6", "1", "nan") == WA);
  CHECK(check("rcmp6", "inf", "inf") == AC);
  CHECK(check("rcmp6", "0x1p0", "1") == WA);  // no hex floats
  CHECK(check("rcmp6", "1 2", "1") == WA);
}

TEST_CASE("yesno and nyesno: YES or NO in any case", "[builtin]") {
  CHECK(check("yesno", "yEs\n", "YES\n") == AC);
  CHECK(check("yesno", "NO", "YES") == WA);
  CHECK(check("yesno", "maybe", "YES") == WA);
  CHECK(check("yesno", "YES", "maybe") == JE);
  CHECK(check("nyesno", "yes no YES", "YES NO yes") == AC);
  CHECK(check("nyesno", "yes yes", "YES NO") == WA);
  CHECK(check("nyesno", "yes", "YES NO") == WA);
}

TEST_CASE("every standard name is known, others are not", "[builtin]") {
  for (const char* name : {"wcmp", "lcmp", "fcmp", "ncmp", "icmp", "uncmp", "hcmp", "rcmp4",
                           "rcmp6", "rcmp9", "yesno", "nyesno"}) {
    CHECK(judge::is_builtin_checker(name));
  }
  CHECK_FALSE(judge::is_builtin_checker("acmp"));
  CHECK(check("acmp", "1", "1") == JE);
}
