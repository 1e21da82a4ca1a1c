#include "judge/text_limits.h"

#include <fstream>

#include "util/utf8.h"

namespace judge {

std::string read_prefix(const std::filesystem::path& file, std::size_t max_bytes) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return "";
  std::string data(max_bytes, '\0');
  in.read(data.data(), static_cast<std::streamsize>(max_bytes));
  data.resize(static_cast<std::size_t>(in.gcount()));
  return data;
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
