// The one policy for bytes that programs, validators and packages control and reports show:
// how UTF-8 is decoded (strictly, Unicode table 3-7), which code points are never shown as they are
// (they could rewrite a terminal, or hide or reorder text in a review: C0, DEL, C1, bidi
// embeddings, overrides and isolates, zero-width and other invisible format characters, line and
// paragraph separators, the BOM), and how those are written instead (\n, \x1b, \u202e).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace judge::utf8 {

// One decoded code point starting at some byte offset.
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 1;  // bytes consumed (1 for an invalid byte)
  bool valid = false;
};

// Decodes the code point at text[pos] (pos < text.size()). Overlong forms, surrogates and values
// above U+10FFFF are invalid; an invalid sequence consumes exactly one byte.
CodePoint decode(std::string_view text, std::size_t pos);

// True for what must never reach a report as it is: control characters (C0, DEL, C1) and
// invisible format characters (U+061C, U+180E, U+200B-200F, U+2028-202E, U+2060-206F, U+FEFF,
// U+FFF9-FFFB).
bool is_hidden_control(char32_t cp);

// The visible spelling of a hidden control: "\n", "\r", "\t", "\0", "\x1b" (below U+0080),
// "\u009b", "\u202e".
std::string escape(char32_t cp);

// The largest cut <= end that does not split a well-formed character (text.size() when end is
// past it).
std::size_t boundary_at_or_before(std::string_view text, std::size_t end);

}  // namespace judge::utf8
