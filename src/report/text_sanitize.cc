#include "report/text_sanitize.h"

namespace judge::report {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

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
    } else if (utf8::is_hidden_control(cp.value) && !(keep_tabs && cp.value == '\t')) {
      out.append(utf8::escape(cp.value));
    } else {
      out.append(text.substr(pos, cp.length));
    }
    pos += cp.length;
  }
  return out;
}

std::string truncate_utf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  return std::string(text.substr(0, utf8::boundary_at_or_before(text, max_bytes))) + "...";
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
