#include "judge/display_bytes.h"

#include <catch2/catch.hpp>

namespace judge {
namespace {

TEST_CASE("printable text is shown as is", "[display_bytes]") {
  CHECK(display_bytes("hello, world") == "hello, world");
  CHECK(display_bytes("") == "");
  CHECK(display_bytes("a\\b") == "a\\b");
}

TEST_CASE("control bytes are escaped", "[display_bytes]") {
  CHECK(display_bytes("a\nb\r\tc") == "a\\nb\\r\\tc");
  CHECK(display_bytes(std::string("x\0y", 3)) == "x\\0y");  // the escapes of util/utf8.h
  CHECK(display_bytes("\x1b[31m") == "\\x1b[31m");
  CHECK(display_bytes("\x7f") == "\\x7f");
  CHECK(display_bytes("\v\f") == "\\x0b\\x0c");
}

TEST_CASE("valid UTF-8 stays, invalid bytes are escaped", "[display_bytes]") {
  CHECK(display_bytes("h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80") ==
        "h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80");
  CHECK(display_bytes("\xff") == "\\xff");
  CHECK(display_bytes("\xc3") == "\\xc3");                             // truncated sequence
  CHECK(display_bytes("\xc0\xaf") == "\\xc0\\xaf");                    // overlong '/'
  CHECK(display_bytes("\xed\xa0\x80") == "\\xed\\xa0\\x80");           // surrogate
  CHECK(display_bytes("\xf4\x90\x80\x80") == "\\xf4\\x90\\x80\\x80");  // above U+10FFFF
}

TEST_CASE("long text is cut with an ellipsis", "[display_bytes]") {
  CHECK(display_bytes(std::string(61, 'x')) == std::string(60, 'x') + "...");
  CHECK(display_bytes(std::string(60, 'x')) == std::string(60, 'x'));
  CHECK(display_bytes("abc", 60, true) == "abc...");
  CHECK(display_bytes("abcdef", 3) == "abc...");
  // Escapes count towards the length, so a line of control bytes stays short.
  CHECK(display_bytes(std::string(100, '\x01'), 8) == "\\x01\\x01...");
  // A multi-byte character is never split.
  CHECK(display_bytes("a\xc3\xa9\xc3\xa9", 2) == "a\xc3\xa9...");
}

}  // namespace
}  // namespace judge
