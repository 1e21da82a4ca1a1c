#include "problem/time_limit_files.h"

#include <cmath>
#include <fstream>
#include <regex>
#include <sstream>

#include "problem/folder_listing.h"
#include "util/error.h"

namespace judge::problem {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxFileBytes = 64 << 10;  // a one-line file; more is not ours to read

std::string read_small_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string text(kMaxFileBytes, '\0');
  in.read(text.data(), static_cast<std::streamsize>(kMaxFileBytes));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

std::int64_t seconds_to_ms(const std::string& text, const fs::path& file,
                           const std::string& field) {
  static const std::regex number(R"(\s*['"]?([0-9]+(\.[0-9]+)?)['"]?\s*)");
  std::smatch match;
  if (!std::regex_match(text, match, number)) {
    throw ConfigError(file.string(), field,
                      "expected a number of seconds such as 2 or 1.5 (got \"" + text + "\")");
  }
  const double seconds = std::stod(match[1].str());
  if (seconds <= 0 || seconds > 24 * 60 * 60) {
    throw ConfigError(file.string(), field, "must be more than 0 and at most 86400 seconds");
  }
  return std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(seconds * 1000 - 1e-6)));
}

}  // namespace

void read_time_limit_files(const fs::path& dir, ProblemLimits& limits) {
  if (!limits.time_limit_source.empty()) return;  // problem.yaml gave one
  const fs::path timelimit = dir / ".timelimit";
  if (is_regular_file_following_links(timelimit)) {
    limits.time_limit_ms = seconds_to_ms(read_small_file(timelimit), timelimit, "");
    limits.time_limit_source = ".timelimit";
    return;
  }
  const fs::path ini = dir / "domjudge-problem.ini";
  if (!is_regular_file_following_links(ini)) return;
  std::istringstream lines(read_small_file(ini));
  static const std::regex setting(R"(\s*timelimit\s*=\s*(.*?)\s*)");
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::smatch match;
    if (std::regex_match(line, match, setting)) {
      limits.time_limit_ms = seconds_to_ms(match[1].str(), ini, "timelimit");
      limits.time_limit_source = "domjudge-problem.ini";
      return;
    }
  }
}

}  // namespace judge::problem
