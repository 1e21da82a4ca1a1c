// Strings in batch reports come from submissions, validators and packages: any bytes. These
// helpers make them safe to show in every format while still showing what they were.
#pragma once

#include <string>
#include <string_view>

namespace judge::report::batch {

// One line: invalid UTF-8 becomes U+FFFD; newlines, escapes, bidi overrides and invisible
// characters become visible escapes (\n, \x1b, \u202e) as in the text report.
std::string visible_text(std::string_view text);

// The same, keeping line breaks and tabs (for multi-line messages).
std::string visible_lines(std::string_view text);

// & < > " ' as entities, after visible_text / visible_lines: safe in HTML text and in quoted
// attributes.
std::string html_text(std::string_view text);
std::string html_lines(std::string_view text);

// 40 -> "40", 37.5 -> "37.5" (the reports' score spelling).
std::string format_number(double value);

}  // namespace judge::report::batch
