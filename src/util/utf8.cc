#include "util/utf8.h"

#include <cstdio>

namespace judge::utf8 {

namespace {

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

// The allowed range of the second byte (Unicode table 3-7): narrower than 80..BF for some lead
// bytes, to rule out overlong forms, surrogates and values beyond U+10FFFF.
bool second_byte_ok(unsigned char lead, unsigned char second) {
  if (lead == 0xE0) return second >= 0xA0 && second <= 0xBF;
  if (lead == 0xED) return second >= 0x80 && second <= 0x9F;
  if (lead == 0xF0) return second >= 0x90 && second <= 0xBF;
  if (lead == 0xF4) return second >= 0x80 && second <= 0x8F;
  return is_continuation(second);
}

}  // namespace

CodePoint decode(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t length = 0;
  char32_t value = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    value = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    value = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    value = lead & 0x07;
  } else {
    return {};  // a stray continuation byte, C0/C1 (always overlong) or F5..FF
  }
  if (pos + length > text.size()) return {};
  for (std::size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[pos + i]);
    if (i == 1 ? !second_byte_ok(lead, byte) : !is_continuation(byte)) return {};
    value = (value << 6) | (byte & 0x3F);
  }
  return {value, length, true};
}

bool is_hidden_control(char32_t cp) {
  if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) return true;  // C0, DEL, C1
  return cp == 0x061C ||                    // Arabic letter mark (bidi)
         cp == 0x180E ||                    // Mongolian vowel separator (invisible)
         (cp >= 0x200B && cp <= 0x200F) ||  // zero-width space/joiners, LRM, RLM
         (cp >= 0x2028 && cp <= 0x202E) ||  // line/paragraph separators, bidi embeddings
         (cp >= 0x2060 && cp <= 0x206F) ||  // word joiner, invisible operators, bidi isolates
         cp == 0xFEFF ||                    // zero-width no-break space (BOM)
         (cp >= 0xFFF9 && cp <= 0xFFFB);    // interlinear annotation controls
}

std::string escape(char32_t cp) {
  switch (cp) {
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    case '\0':
      return "\\0";
    default:
      break;
  }
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, cp < 0x80 ? "\\x%02x" : "\\u%04x",
                static_cast<unsigned>(cp));
  return buffer;
}

std::size_t boundary_at_or_before(std::string_view text, std::size_t end) {
  if (end >= text.size()) return text.size();
  std::size_t cut = 0;
  while (cut < end) {
    const std::size_t next = cut + decode(text, cut).length;
    if (next > end) break;
    cut = next;
  }
  return cut;
}

}  // namespace judge::utf8
