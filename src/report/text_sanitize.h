// Program output and checker messages reach reports as raw bytes: they may be invalid UTF-8, or
// carry terminal escape sequences that would recolor or rewrite the user's terminal. These
// helpers make such bytes safe to show while still showing what they were.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/utf8.h"

namespace judge::report {

// The UTF-8 policy itself (decoding, what is hidden, how it is escaped) is util/utf8.h.
using utf8::CodePoint;
inline CodePoint decode_code_point(std::string_view text, std::size_t pos) {
  return utf8::decode(text, pos);
}

// Each invalid UTF-8 byte becomes U+FFFD; valid text is returned unchanged.
std::string sanitize_utf8(std::string_view text);

// For display on a terminal: invalid bytes become U+FFFD and hidden controls (utf8.h: C0, DEL,
// C1, bidi and invisible format characters) become escapes such as \n, \x1b, \u009b, \u202e, so
// nothing can move the cursor, change colors, or hide or reorder text. keep_tabs leaves '\t' as
// is (useful inside multi-line excerpts).
std::string printable(std::string_view text, bool keep_tabs = false);

// At most max_bytes bytes of text, cut on a code point boundary, with "..." appended when cut.
std::string truncate_utf8(std::string_view text, std::size_t max_bytes);

// The first max_lines lines of text (a trailing newline does not start another line), each made
// printable and cut to max_line_bytes; omitted_lines counts what was left out.
struct Excerpt {
  std::vector<std::string> lines;
  std::size_t omitted_lines = 0;
};
Excerpt make_excerpt(std::string_view text, std::size_t max_lines, std::size_t max_line_bytes);

}  // namespace judge::report
