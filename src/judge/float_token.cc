#include "judge/float_token.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <system_error>

namespace judge {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Where the grammar's pieces are in a token that matched it.
struct FloatShape {
  bool negative = false;
  std::string_view integer_digits;
  std::string_view fraction_digits;
  std::int64_t exponent = 0;  // saturated: only its sign and rough size matter past 1e9
};

std::optional<FloatShape> match_grammar(std::string_view s) {
  FloatShape shape;
  std::size_t i = 0;
  auto take_digits = [&] {
    const std::size_t begin = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    return s.substr(begin, i - begin);
  };
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) shape.negative = s[i++] == '-';
  shape.integer_digits = take_digits();
  const bool has_point = i < s.size() && s[i] == '.';
  if (has_point) {
    ++i;
    shape.fraction_digits = take_digits();
  }
  if (shape.integer_digits.empty() && shape.fraction_digits.empty()) return std::nullopt;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool negative_exponent = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative_exponent = s[i++] == '-';
    const std::string_view digits = take_digits();
    if (digits.empty()) return std::nullopt;
    constexpr std::int64_t kSaturation = 1'000'000'000;
    for (char d : digits) {
      shape.exponent = std::min<std::int64_t>(shape.exponent * 10 + (d - '0'), kSaturation);
    }
    if (negative_exponent) shape.exponent = -shape.exponent;
  }
  if (i != s.size()) return std::nullopt;
  return shape;
}

// For a value out of double's range: the decimal exponent of its leading non-zero digit decides
// whether it overflowed (to infinity) or underflowed (to zero).
double out_of_range_value(const FloatShape& shape) {
  std::int64_t leading_power = 0;
  const std::size_t int_nonzero = shape.integer_digits.find_first_not_of('0');
  if (int_nonzero != std::string_view::npos) {
    leading_power = static_cast<std::int64_t>(shape.integer_digits.size() - int_nonzero) - 1;
  } else {
    const std::size_t frac_nonzero = shape.fraction_digits.find_first_not_of('0');
    leading_power = -static_cast<std::int64_t>(frac_nonzero) - 1;
  }
  const double magnitude =
      leading_power + shape.exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
  return shape.negative ? -magnitude : magnitude;
}

}  // namespace

std::optional<double> parse_float_token(std::string_view token) {
  const std::optional<FloatShape> shape = match_grammar(token);
  if (!shape) return std::nullopt;
  // std::from_chars is locale-independent but rejects a leading '+'.
  if (token.front() == '+') token.remove_prefix(1);
  double value = 0;
  const auto [end, error] =
      std::from_chars(token.data(), token.data() + token.size(), value, std::chars_format::general);
  if (error == std::errc::result_out_of_range) return out_of_range_value(*shape);
  if (error != std::errc() || end != token.data() + token.size()) return std::nullopt;
  return value;
}

}  // namespace judge
