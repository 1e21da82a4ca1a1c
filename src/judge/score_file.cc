#include "judge/score_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "util/unique_fd.h"

namespace judge {

namespace {

// Longer than any number a validator writes; more is not a score.
constexpr std::size_t kMaxScoreBytes = 128;

}  // namespace

std::optional<double> parse_score(const std::string& text) {
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string::npos) return std::nullopt;
  const std::size_t end = text.find_last_not_of(" \t\r\n");
  const std::string word = text.substr(start, end - start + 1);
  if (word.find_first_of("xXpP") != std::string::npos) return std::nullopt;  // no hex floats
  char* stop = nullptr;
  errno = 0;
  const double value = std::strtod(word.c_str(), &stop);
  if (stop != word.c_str() + word.size() || errno == ERANGE || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

ScoreFile read_score_file(const std::filesystem::path& file) {
  ScoreFile result;
  const std::string name = file.filename().string();
  UniqueFd fd(::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
  if (!fd) {
    if (errno != ENOENT) result.error = name + " cannot be read (not a regular file?)";
    return result;
  }
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
    result.error = name + " is not a regular file";
    return result;
  }
  std::string text(kMaxScoreBytes + 1, '\0');
  const ssize_t got = ::read(fd.get(), text.data(), text.size());
  if (got < 0 || static_cast<std::size_t>(got) > kMaxScoreBytes) {
    result.error = name + " is not one number";
    return result;
  }
  text.resize(static_cast<std::size_t>(got));
  result.value = parse_score(text);
  if (!result.value) result.error = name + " is not one number";
  return result;
}

}  // namespace judge
