#include "util/units.h"

#include <catch2/catch.hpp>

using judge::units::format_bytes;
using judge::units::format_duration_ms;
using judge::units::parse_duration_ms;
using judge::units::parse_size_bytes;

TEST_CASE("parse_duration_ms accepts every documented unit", "[units]") {
  CHECK(parse_duration_ms("2s") == 2000);
  CHECK(parse_duration_ms("1.5s") == 1500);
  CHECK(parse_duration_ms("0.5s") == 500);
  CHECK(parse_duration_ms("1500ms") == 1500);
  CHECK(parse_duration_ms("1m") == 60'000);
  CHECK(parse_duration_ms("2h") == 7'200'000);
  CHECK(parse_duration_ms("0s") == 0);
}

TEST_CASE("parse_duration_ms rounds microseconds up to whole milliseconds", "[units]") {
  CHECK(parse_duration_ms("250us") == 1);
  CHECK(parse_duration_ms("1000us") == 1);
  CHECK(parse_duration_ms("1001us") == 2);
  CHECK(parse_duration_ms("1.0001s") == 1001);
  CHECK(parse_duration_ms("1.0000000000001s") == 1001);  // beyond the 9 digits used exactly
  CHECK(parse_duration_ms("1.000000000000s") == 1000);
}

TEST_CASE("parse_duration_ms is case-insensitive and tolerates spaces", "[units]") {
  CHECK(parse_duration_ms("2S") == 2000);
  CHECK(parse_duration_ms("1500MS") == 1500);
  CHECK(parse_duration_ms(" 2 s ") == 2000);
}

TEST_CASE("parse_duration_ms rejects bare numbers and garbage", "[units]") {
  CHECK_FALSE(parse_duration_ms("2"));
  CHECK_FALSE(parse_duration_ms("1500"));
  CHECK_FALSE(parse_duration_ms(""));
  CHECK_FALSE(parse_duration_ms("s"));
  CHECK_FALSE(parse_duration_ms("-1s"));
  CHECK_FALSE(parse_duration_ms("+1s"));
  CHECK_FALSE(parse_duration_ms("1.s"));
  CHECK_FALSE(parse_duration_ms(".5s"));
  CHECK_FALSE(parse_duration_ms("2 seconds"));
  CHECK_FALSE(parse_duration_ms("2sx"));
  CHECK_FALSE(parse_duration_ms("1e3ms"));
  CHECK_FALSE(parse_duration_ms("2kb"));
}

TEST_CASE("parse_duration_ms rejects overflow", "[units]") {
  CHECK_FALSE(parse_duration_ms("99999999999999999999s"));
  CHECK_FALSE(parse_duration_ms("9223372036854775807h"));
  CHECK(parse_duration_ms("9223372036854775807us") == 9223372036854776);
}

TEST_CASE("parse_size_bytes accepts binary suffixes in any case", "[units]") {
  CHECK(parse_size_bytes("1024b") == 1024);
  CHECK(parse_size_bytes("64k") == 64 * 1024);
  CHECK(parse_size_bytes("64KB") == 64 * 1024);
  CHECK(parse_size_bytes("64KiB") == 64 * 1024);
  CHECK(parse_size_bytes("256m") == 256ll << 20);
  CHECK(parse_size_bytes("512MiB") == 512ll << 20);
  CHECK(parse_size_bytes("512mb") == 512ll << 20);
  CHECK(parse_size_bytes("1g") == 1ll << 30);
  CHECK(parse_size_bytes("1GiB") == 1ll << 30);
  CHECK(parse_size_bytes("0.5k") == 512);
  CHECK(parse_size_bytes("1.5g") == 3ll << 29);
}

TEST_CASE("parse_size_bytes rejects bare numbers, negatives, overflow and garbage", "[units]") {
  CHECK_FALSE(parse_size_bytes("256"));
  CHECK_FALSE(parse_size_bytes("-1m"));
  CHECK_FALSE(parse_size_bytes("1t"));
  CHECK_FALSE(parse_size_bytes("1s"));
  CHECK_FALSE(parse_size_bytes("m"));
  CHECK_FALSE(parse_size_bytes("12 megabytes"));
  CHECK_FALSE(parse_size_bytes("99999999999g"));
  CHECK_FALSE(parse_size_bytes("99999999999999999999b"));
}

TEST_CASE("format_duration_ms gives short text", "[units]") {
  CHECK(format_duration_ms(0) == "0 ms");
  CHECK(format_duration_ms(87) == "87 ms");
  CHECK(format_duration_ms(999) == "999 ms");
  CHECK(format_duration_ms(1000) == "1.00 s");
  CHECK(format_duration_ms(1250) == "1.25 s");
  CHECK(format_duration_ms(1999) == "1.99 s");  // truncated, never shown as the 2 s limit
  CHECK(format_duration_ms(125'000) == "125.00 s");
  CHECK(format_duration_ms(-87) == "-87 ms");
}

TEST_CASE("format_bytes gives short text", "[units]") {
  CHECK(format_bytes(17) == "17 B");
  CHECK(format_bytes(1023) == "1023 B");
  CHECK(format_bytes(1024) == "1 KiB");
  CHECK(format_bytes(640 * 1024) == "640 KiB");
  CHECK(format_bytes(12ll << 20) == "12.0 MiB");
  CHECK(format_bytes((12ll << 20) + (1ll << 19)) == "12.5 MiB");
  CHECK(format_bytes(3ll << 29) == "1.5 GiB");
  CHECK(format_bytes(9'223'372'036'854'775'807ll) == "8589934591.9 GiB");
}
