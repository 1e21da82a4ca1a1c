#include "judge/text_limits.h"

#include "util/untrusted_file.h"

namespace judge {

namespace {

bool is_utf8_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Moves `end` back so that text[0, end) does not end inside a multi-byte character.
std::size_t utf8_boundary_at_or_before(std::string_view text, std::size_t end) {
  if (end >= text.size()) return text.size();
  std::size_t cut = end;
  // A character is at most 4 bytes: never walk back further than 3 continuation bytes.
  while (cut > 0 && end - cut < 3 && is_utf8_continuation(text[cut])) --cut;
  return is_utf8_continuation(text[cut]) ? end : cut;
}

}  // namespace

std::string read_prefix(const std::filesystem::path& file, std::size_t max_bytes) {
  // The file sits where a program could have put a link or a FIFO in its place.
  return read_untrusted_file(file.parent_path(), file.filename().string(), max_bytes).data;
}

std::string head_lines(std::string_view text, std::size_t max_lines, std::size_t max_bytes) {
  std::size_t end = 0;
  std::size_t lines = 0;
  while (end < text.size() && lines < max_lines) {
    const std::size_t newline = text.find('\n', end);
    end = newline == std::string_view::npos ? text.size() : newline + 1;
    ++lines;
  }
  bool cut = end < text.size();
  if (end > max_bytes) {
    end = utf8_boundary_at_or_before(text, max_bytes);
    cut = true;
  }
  std::string out(text.substr(0, end));
  if (cut) {
    if (!out.empty() && out.back() != '\n') out += '\n';
    out += "...\n";
  }
  return out;
}

}  // namespace judge
