#include "util/text.h"

#include <algorithm>

namespace judge {

namespace {

constexpr std::string_view kSpace = " \t\n\v\f\r";

}  // namespace

bool is_ascii_space(char c) {
  return kSpace.find(c) != std::string_view::npos;
}

std::string_view trim(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  const std::size_t end = text.find_last_not_of(kSpace);
  return text.substr(begin, end - begin + 1);
}

std::string_view trim_right(std::string_view text) {
  const std::size_t end = text.find_last_not_of(kSpace);
  return end == std::string_view::npos ? std::string_view{} : text.substr(0, end + 1);
}

std::string_view first_nonblank_line(std::string_view text) {
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    const std::string_view line = trim(text.substr(0, newline));
    if (!line.empty()) return line;
    if (newline == std::string_view::npos) break;
    text.remove_prefix(newline + 1);
  }
  return {};
}

std::vector<std::string> split_whitespace(std::string_view text) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while ((pos = text.find_first_not_of(kSpace, pos)) != std::string_view::npos) {
    const std::size_t end = std::min(text.find_first_of(kSpace, pos), text.size());
    words.emplace_back(text.substr(pos, end - pos));
    pos = end;
  }
  return words;
}

}  // namespace judge
