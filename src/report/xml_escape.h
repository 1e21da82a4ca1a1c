// Text for XML 1.0 documents built by hand (the JUnit report).
#pragma once

#include <string>
#include <string_view>

namespace judge::report {

enum class XmlContext { kText, kAttribute };

// The entity that stands for one of the five markup characters & < > " ' (the same in XML and
// HTML5), or "" for any other character.
std::string_view markup_entity(char32_t c);

// Escapes & < > " ' and drops what XML 1.0 cannot hold at all (control characters other than
// tab, newline and carriage return; U+FFFE, U+FFFF). Invalid UTF-8 becomes U+FFFD, because the
// document declares UTF-8 and one bad byte would make the whole file unreadable. '\r' is always
// a character reference (parsers turn a literal one into '\n'); in attributes '\n' and '\t' are
// too, since attribute-value normalization would turn them into spaces.
std::string xml_escape(std::string_view text, XmlContext context);

}  // namespace judge::report
