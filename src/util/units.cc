#include "util/units.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <limits>
#include <span>

#include "util/text.h"

namespace judge::units {

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

// Only this many fractional digits take part in the arithmetic: 10^9 x the largest unit
// (an hour in microseconds, 3.6e9) still fits in an int64. Any non-zero digit beyond them
// rounds the result up, which keeps "round up" exact for the callers' whole-unit results.
constexpr int kFractionDigits = 9;
constexpr std::int64_t kFractionScale = [] {
  std::int64_t scale = 1;
  for (int i = 0; i < kFractionDigits; ++i) scale *= 10;
  return scale;
}();

struct Number {
  std::int64_t whole = 0;
  std::int64_t fraction = 0;  // the first kFractionDigits digits after the point, scaled
  bool fraction_rest_nonzero = false;
};

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Reads "digits[.digits]" from the front of text; no sign, no exponent (a limit is never
// negative, and "1e3s" is not how anyone writes a limit). Returns nullopt on overflow.
std::optional<Number> take_number(std::string_view& text) {
  Number number;
  std::size_t pos = 0;
  if (pos >= text.size() || !is_digit(text[pos])) return std::nullopt;
  while (pos < text.size() && is_digit(text[pos])) {
    const int digit = text[pos] - '0';
    if (number.whole > (kMax - digit) / 10) return std::nullopt;
    number.whole = number.whole * 10 + digit;
    ++pos;
  }
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    if (pos >= text.size() || !is_digit(text[pos])) return std::nullopt;
    std::int64_t scale = kFractionScale;
    while (pos < text.size() && is_digit(text[pos])) {
      const int digit = text[pos] - '0';
      if (scale > 1) {
        scale /= 10;
        number.fraction += digit * scale;
      } else if (digit != 0) {
        number.fraction_rest_nonzero = true;
      }
      ++pos;
    }
  }
  text.remove_prefix(pos);
  return number;
}

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// ceil(number x unit) in the unit's base (microseconds or bytes), or nullopt on overflow.
std::optional<std::int64_t> scale_up(const Number& number, std::int64_t unit) {
  std::int64_t whole_part = 0;
  if (__builtin_mul_overflow(number.whole, unit, &whole_part)) return std::nullopt;
  const std::int64_t fraction = number.fraction + (number.fraction_rest_nonzero ? 1 : 0);
  // fraction < 10^9 and unit <= 3.6e9, so the product fits (see kFractionDigits).
  const std::int64_t scaled = fraction * unit;
  const std::int64_t fraction_part = scaled / kFractionScale + (scaled % kFractionScale != 0);
  std::int64_t total = 0;
  if (__builtin_add_overflow(whole_part, fraction_part, &total)) return std::nullopt;
  return total;
}

struct Suffix {
  std::string_view name;
  std::int64_t factor;
};

std::optional<std::int64_t> parse_with_suffixes(std::string_view text,
                                                std::span<const Suffix> suffixes) {
  text = trim(text);
  const auto number = take_number(text);
  if (!number) return std::nullopt;
  const std::string suffix = lowercase(trim(text));
  if (suffix.empty()) return std::nullopt;  // a bare number is ambiguous: never guess the unit
  for (const Suffix& candidate : suffixes) {
    if (suffix == candidate.name) return scale_up(*number, candidate.factor);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::int64_t> parse_duration_ms(std::string_view text) {
  static constexpr std::array<Suffix, 5> kSuffixes{{
      {"us", 1},
      {"ms", 1'000},
      {"s", 1'000'000},
      {"m", 60'000'000},
      {"h", 3'600'000'000},
  }};
  const auto micros = parse_with_suffixes(text, kSuffixes);
  if (!micros) return std::nullopt;
  // Rounded up: "250us" is a real limit of a quarter millisecond, and 0 ms would mean none.
  return *micros / 1000 + (*micros % 1000 != 0);
}

std::optional<std::int64_t> parse_size_bytes(std::string_view text) {
  static constexpr std::array<Suffix, 10> kSuffixes{{
      {"b", 1},
      {"k", 1ll << 10},
      {"kb", 1ll << 10},
      {"kib", 1ll << 10},
      {"m", 1ll << 20},
      {"mb", 1ll << 20},
      {"mib", 1ll << 20},
      {"g", 1ll << 30},
      {"gb", 1ll << 30},
      {"gib", 1ll << 30},
  }};
  return parse_with_suffixes(text, kSuffixes);
}

std::string format_duration_ms(std::int64_t ms) {
  if (ms < 0)
    return "-" + format_duration_ms(ms == std::numeric_limits<std::int64_t>::min() ? kMax : -ms);
  if (ms < 1000) return std::to_string(ms) + " ms";
  // Truncated, not rounded: 1999 ms against a 2 s limit must not read as "2.00 s".
  std::array<char, 48> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%lld.%02lld s", static_cast<long long>(ms / 1000),
                static_cast<long long>(ms % 1000 / 10));
  return buffer.data();
}

std::string format_bytes(std::int64_t bytes) {
  if (bytes < 0)
    return "-" + format_bytes(bytes == std::numeric_limits<std::int64_t>::min() ? kMax : -bytes);
  constexpr std::int64_t kKiB = 1ll << 10;
  constexpr std::int64_t kMiB = 1ll << 20;
  constexpr std::int64_t kGiB = 1ll << 30;
  if (bytes < kKiB) return std::to_string(bytes) + " B";
  if (bytes < kMiB) return std::to_string(bytes / kKiB) + " KiB";
  // One decimal, truncated for the same reason as durations: never show more than was used.
  const std::int64_t unit = bytes < kGiB ? kMiB : kGiB;
  const char* name = bytes < kGiB ? "MiB" : "GiB";
  const std::int64_t tenths = bytes / unit * 10 + bytes % unit * 10 / unit;  // no overflow
  std::array<char, 48> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%lld.%lld %s", static_cast<long long>(tenths / 10),
                static_cast<long long>(tenths % 10), name);
  return buffer.data();
}

}  // namespace judge::units
