#include "judge/text_limits.h"

#include "util/untrusted_file.h"

#include "util/utf8.h"

namespace judge {

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
    end = utf8::boundary_at_or_before(text, max_bytes);
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
