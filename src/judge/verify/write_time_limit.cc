#include "judge/verify/write_time_limit.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <vector>

#include "util/error.h"
#include "util/unique_fd.h"

namespace judge::verify {

namespace fs = std::filesystem;

namespace {

std::size_t indent_of(const std::string& line) {
  const std::size_t first = line.find_first_not_of(' ');
  return first == std::string::npos ? line.size() : first;
}

bool is_blank_or_comment(const std::string& line) {
  const std::size_t first = line.find_first_not_of(" \t\r\n");
  return first == std::string::npos || line[first] == '#';
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start + 1));  // with its '\n'
    start = end + 1;
  }
  return lines;
}

std::string read_all(const fs::path& file) {
  const UniqueFd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
  if (!fd) throw ConfigError(file.string(), "", "cannot be read: " + std::string(strerror(errno)));
  std::string text;
  char buffer[1 << 14];
  for (;;) {
    const ssize_t got = ::read(fd.get(), buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw_errno("read", file.string());
    if (got == 0) break;
    text.append(buffer, static_cast<std::size_t>(got));
  }
  return text;
}

}  // namespace

std::string seconds_text(std::int64_t ms) {
  std::string text = std::to_string(ms / 1000);
  if (ms % 1000 != 0) {
    std::string fraction = std::to_string(1000 + ms % 1000).substr(1);
    while (fraction.back() == '0') fraction.pop_back();
    text += "." + fraction;
  }
  return text;
}

std::string with_time_limit(const std::string& yaml_text, std::int64_t limit_ms,
                            const std::string& file_for_errors) {
  const std::vector<std::string> lines = split_lines(yaml_text);
  const std::string value = seconds_text(limit_ms);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (!line.starts_with("limits:")) continue;
    const std::string rest = line.substr(7);
    if (!is_blank_or_comment(rest)) {
      throw ConfigError(file_for_errors, "limits",
                        "is written inline; add time_limit: " + value + " to it by hand");
    }
    // The block's keys: the indented lines after it; the first one's indent is the block's.
    std::size_t indent = 2;
    for (std::size_t j = i + 1; j < lines.size(); ++j) {
      if (is_blank_or_comment(lines[j])) continue;
      if (indent_of(lines[j]) > 0) indent = indent_of(lines[j]);
      break;
    }
    for (std::size_t j = i + 1; j < lines.size(); ++j) {
      if (is_blank_or_comment(lines[j])) continue;
      if (indent_of(lines[j]) == 0) break;
      if (indent_of(lines[j]) == indent && lines[j].substr(indent).starts_with("time_limit:")) {
        throw ConfigError(file_for_errors, "limits.time_limit",
                          "is already set; change it by hand");
      }
    }
    std::string out;
    for (std::size_t j = 0; j <= i; ++j) out += lines[j];
    if (!out.ends_with('\n')) out += '\n';
    out += std::string(indent, ' ') + "time_limit: " + value + "\n";
    for (std::size_t j = i + 1; j < lines.size(); ++j) out += lines[j];
    return out;
  }
  std::string out = yaml_text;
  if (!out.empty() && !out.ends_with('\n')) out += '\n';
  return out + "limits:\n  time_limit: " + value + "\n";
}

void write_time_limit(const fs::path& problem_yaml, std::int64_t limit_ms) {
  struct stat status {};
  if (::lstat(problem_yaml.c_str(), &status) != 0 || !S_ISREG(status.st_mode)) {
    throw ConfigError(problem_yaml.string(), "",
                      "--write-time-limit needs problem.yaml as a regular file (not a link)");
  }
  const std::string text = with_time_limit(read_all(problem_yaml), limit_ms, problem_yaml.string());
  const fs::path temporary =
      problem_yaml.parent_path() / (".problem.yaml.incoming-" + std::to_string(::getpid()));
  {
    const UniqueFd fd(::open(temporary.c_str(),
                             O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                             status.st_mode & 07777));
    if (!fd) throw_errno("open", temporary.string());
    std::size_t written = 0;
    while (written < text.size()) {
      const ssize_t wrote = ::write(fd.get(), text.data() + written, text.size() - written);
      if (wrote < 0 && errno == EINTR) continue;
      if (wrote < 0) {
        const int err = errno;
        ::unlink(temporary.c_str());
        throw_errno("write", temporary.string(), err);
      }
      written += static_cast<std::size_t>(wrote);
    }
    if (::fsync(fd.get()) != 0) {
      const int err = errno;
      ::unlink(temporary.c_str());
      throw_errno("fsync", temporary.string(), err);
    }
  }
  if (::rename(temporary.c_str(), problem_yaml.c_str()) != 0) {
    const int err = errno;
    ::unlink(temporary.c_str());
    throw_errno("rename", problem_yaml.string(), err);
  }
}

}  // namespace judge::verify
