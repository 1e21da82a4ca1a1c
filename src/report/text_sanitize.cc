#include "report/text_sanitize.h"

#include <cstdio>

namespace judge::report {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

// The allowed range of the second byte, per the Unicode standard's table of well-formed UTF-8
// (Table 3-7); it is narrower than 80..BF for some lead bytes to rule out overlong forms,
// surrogates and values beyond U+10FFFF.
bool second_byte_ok(unsigned char lead, unsigned char second) {
  if (lead == 0xE0) return second >= 0xA0 && second <= 0xBF;
  if (lead == 0xED) return second >= 0x80 && second <= 0x9F;
  if (lead == 0xF0) return second >= 0x90 && second <= 0xBF;
  if (lead == 0xF4) return second >= 0x80 && second <= 0x8F;
  return is_continuation(second);
}

bool is_control(char32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

std::string escape_control(char32_t cp) {
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
  if (cp < 0x80) {
    std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(cp));
  } else {
    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(cp));
  }
  return buffer;
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n\f\v") == line.npos;
}

}  // namespace

CodePoint decode_code_point(std::string_view text, std::size_t pos) {
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

std::string sanitize_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const CodePoint cp = decode_code_point(text, pos);
    if (cp.valid) {
      out.append(text.substr(pos, cp.length));
    } else {
      out.append(kReplacementCharacter);
    }
    pos += cp.length;
  }
  return out;
}

std::string printable(std::string_view text, bool keep_tabs) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const CodePoint cp = decode_code_point(text, pos);
    if (!cp.valid) {
      out.append(kReplacementCharacter);
    } else if (is_control(cp.value) && !(keep_tabs && cp.value == '\t')) {
      out.append(escape_control(cp.value));
    } else {
      out.append(text.substr(pos, cp.length));
    }
    pos += cp.length;
  }
  return out;
}

std::string truncate_utf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t end = 0;
  while (end < text.size()) {
    const std::size_t next = end + decode_code_point(text, end).length;
    if (next > max_bytes) break;
    end = next;
  }
  return std::string(text.substr(0, end)) + "...";
}

std::string trim(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  const std::size_t begin = text.find_first_not_of(kSpace);
  if (begin == text.npos) return "";
  const std::size_t end = text.find_last_not_of(kSpace);
  return std::string(text.substr(begin, end - begin + 1));
}

std::string first_nonblank_line(std::string_view text) {
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    const std::string_view line = text.substr(0, newline);
    if (!is_blank(line)) return trim(line);
    if (newline == text.npos) break;
    text.remove_prefix(newline + 1);
  }
  return "";
}

Excerpt make_excerpt(std::string_view text, std::size_t max_lines, std::size_t max_line_bytes) {
  Excerpt excerpt;
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  if (text.empty()) return excerpt;
  while (true) {
    const std::size_t newline = text.find('\n');
    // A '\r' before the newline stays visible as "\r": it may be why the output was rejected.
    const std::string_view line = text.substr(0, newline);
    if (excerpt.lines.size() < max_lines) {
      excerpt.lines.push_back(printable(truncate_utf8(line, max_line_bytes), true));
    } else {
      ++excerpt.omitted_lines;
    }
    if (newline == text.npos) break;
    text.remove_prefix(newline + 1);
  }
  return excerpt;
}

}  // namespace judge::report
