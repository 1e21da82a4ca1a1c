// Small text helpers every module needs: trimming, splitting into words, the first line that says
// something. Whitespace is the six ASCII bytes (space, \t, \n, \v, \f, \r), never the locale's.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace judge {

bool is_ascii_space(char c);

std::string_view trim(std::string_view text);
std::string_view trim_right(std::string_view text);

// The first line that is not blank, trimmed ("" when there is none).
std::string_view first_nonblank_line(std::string_view text);

// The words of text, split at runs of whitespace (leading and trailing whitespace ignored).
std::vector<std::string> split_whitespace(std::string_view text);

}  // namespace judge
