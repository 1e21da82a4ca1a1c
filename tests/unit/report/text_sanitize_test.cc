#include "report/text_sanitize.h"

#include <catch2/catch.hpp>

#include "report/xml_escape.h"

namespace judge::report {
namespace {

TEST_CASE("decode_code_point accepts only well-formed UTF-8", "[report][utf8]") {
  CHECK(decode_code_point("A", 0).value == U'A');
  const CodePoint check_mark = decode_code_point("\xe2\x9c\x93", 0);
  CHECK(check_mark.valid);
  CHECK(check_mark.value == U'\u2713');
  CHECK(check_mark.length == 3);
  const CodePoint emoji = decode_code_point("\xf0\x9f\x98\x80", 0);
  CHECK(emoji.valid);
  CHECK(emoji.value == U'\U0001F600');
  CHECK_FALSE(decode_code_point("\xc0\x80", 0).valid);          // overlong NUL
  CHECK_FALSE(decode_code_point("\xe0\x80\xaf", 0).valid);      // overlong '/'
  CHECK_FALSE(decode_code_point("\xed\xa0\x80", 0).valid);      // surrogate U+D800
  CHECK_FALSE(decode_code_point("\xf4\x90\x80\x80", 0).valid);  // above U+10FFFF
  CHECK_FALSE(decode_code_point("\x80", 0).valid);              // stray continuation
  CHECK_FALSE(decode_code_point("\xe2\x9c", 0).valid);          // cut short
  CHECK(decode_code_point("\xe2\x9c", 0).length == 1);
}

TEST_CASE("sanitize_utf8 replaces each invalid byte", "[report][utf8]") {
  CHECK(sanitize_utf8("caf\xc3\xa9") == "caf\xc3\xa9");
  CHECK(sanitize_utf8("a\xff"
                      "b\xe2\x9c") ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("printable escapes control characters", "[report][utf8]") {
  CHECK(printable("a\tb\nc\rd\x1b[0m") == "a\\tb\\nc\\rd\\x1b[0m");
  CHECK(printable("a\tb", true) == "a\tb");
  CHECK(printable(std::string("\0\x7f", 2)) == "\\0\\x7f");
  CHECK(printable("\xc2\x9b") == "\\u009b");  // C1 CSI
  CHECK(printable("\xe2\x9c\x93 \xff") == "\xe2\x9c\x93 \xEF\xBF\xBD");
}

TEST_CASE("truncate_utf8 cuts on character boundaries", "[report][utf8]") {
  CHECK(truncate_utf8("short", 10) == "short");
  CHECK(truncate_utf8("abcdef", 3) == "abc...");
  CHECK(truncate_utf8("a\xe2\x9c\x93\xe2\x9c\x93", 5) == "a\xe2\x9c\x93...");
}

TEST_CASE("make_excerpt keeps the first lines and counts the rest", "[report][utf8]") {
  const Excerpt excerpt = make_excerpt("1\n2\n3\n4\n", 2, 100);
  CHECK(excerpt.lines == std::vector<std::string>{"1", "2"});
  CHECK(excerpt.omitted_lines == 2);
  CHECK(make_excerpt("", 5, 100).lines.empty());
  CHECK(make_excerpt("a\r\n\n", 5, 100).lines == std::vector<std::string>{"a\\r", ""});
  CHECK(make_excerpt("abcdef", 5, 3).lines == std::vector<std::string>{"abc..."});
}

TEST_CASE("xml_escape escapes markup and drops what XML 1.0 forbids", "[report][xml]") {
  CHECK(xml_escape("<a href=\"x\">&'</a>", XmlContext::kText) ==
        "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  CHECK(xml_escape(std::string("a\0b\x01\x08\x0b\x0c\x1f"
                               "c",
                               9),
                   XmlContext::kText) == "abc");
  CHECK(xml_escape("a\tb\nc\rd", XmlContext::kText) == "a\tb\nc&#13;d");
  CHECK(xml_escape("a\tb\nc\rd", XmlContext::kAttribute) == "a&#9;b&#10;c&#13;d");
  CHECK(xml_escape("\xef\xbf\xbe\xef\xbf\xbf", XmlContext::kText).empty());  // U+FFFE, U+FFFF
  CHECK(xml_escape("\xff", XmlContext::kText) == "\xEF\xBF\xBD");
  CHECK(xml_escape("\xe2\x9c\x93", XmlContext::kText) == "\xe2\x9c\x93");
}

}  // namespace
}  // namespace judge::report

namespace judge::report {
namespace {

// U+202E (right-to-left override), U+2066 (left-to-right isolate), U+200B (zero-width space),
// U+2028 (line separator), U+FEFF (BOM), U+0085 (C1 next line): each shown as its escape, so
// text cannot be hidden or reordered in a terminal or on a CI page.
const std::string kHidden =
    "a\xE2\x80\xAE"
    "b\xE2\x81\xA6"
    "c\xE2\x80\x8B"
    "d\xE2\x80\xA8"
    "e\xEF\xBB\xBF"
    "f\xC2\x85"
    "g";

TEST_CASE("bidi and invisible format characters are escaped in text", "[report][utf8]") {
  CHECK(printable(kHidden) == "a\\u202eb\\u2066c\\u200bd\\u2028e\\ufefff\\u0085g");
  CHECK(printable("caf\xC3\xA9 \xE2\x9C\x93") == "caf\xC3\xA9 \xE2\x9C\x93");  // visible text kept
}

TEST_CASE("bidi and invisible format characters are escaped in JUnit XML", "[report][utf8]") {
  CHECK(xml_escape(kHidden, XmlContext::kText) ==
        "a\\u202eb\\u2066c\\u200bd\\u2028e\\ufefff\\u0085g");
}

}  // namespace
}  // namespace judge::report
