#include "judge/grade/shard.h"

#include <charconv>

#include "util/error.h"

namespace judge::grade {

namespace {

constexpr int kMaxShards = 1000000;

bool parse_int(std::string_view text, int& value) {
  if (text.empty()) return false;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

Shard parse_shard(const std::string& text) {
  const std::size_t slash = text.find('/');
  Shard shard;
  if (slash == std::string::npos ||
      !parse_int(std::string_view(text).substr(0, slash), shard.index) ||
      !parse_int(std::string_view(text).substr(slash + 1), shard.count)) {
    throw ConfigError("", "--shard", "expected I/N such as 2/4, got '" + text + "'");
  }
  if (shard.count < 1 || shard.count > kMaxShards) {
    throw ConfigError("", "--shard",
                      "N must be from 1 to " + std::to_string(kMaxShards) + ", got '" + text + "'");
  }
  if (shard.index < 1 || shard.index > shard.count) {
    throw ConfigError(
        "", "--shard",
        "I must be from 1 to N (I is 1-based: a Slurm array is --array=1-N), got '" + text + "'");
  }
  return shard;
}

bool in_shard(std::size_t position, const Shard& shard) {
  return static_cast<int>(position % static_cast<std::size_t>(shard.count)) + 1 == shard.index;
}

std::string to_string(const Shard& shard) {
  return std::to_string(shard.index) + "/" + std::to_string(shard.count);
}

}  // namespace judge::grade
