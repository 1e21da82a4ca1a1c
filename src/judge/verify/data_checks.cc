#include "judge/verify/data_checks.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <system_error>

#include "util/error.h"
#include "util/sha256.h"
#include "util/unique_fd.h"

namespace judge::verify {

namespace fs = std::filesystem;

namespace {

// What one pass over a file's bytes tells.
struct FileScan {
  std::int64_t bytes = 0;
  bool has_cr = false;
  bool ends_with_newline = false;
  std::string sha256;
};

FileScan scan_file(const fs::path& path) {
  // O_NOFOLLOW: a link would have been resolved by the caller; this file is what it names.
  const UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
  if (!fd) throw_errno("open", path.string());
  FileScan scan;
  Sha256 hash;
  std::array<char, 1 << 16> buffer;
  char last = '\0';
  for (;;) {
    const ssize_t got = ::read(fd.get(), buffer.data(), buffer.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw_errno("read", path.string());
    if (got == 0) break;
    const std::string_view chunk(buffer.data(), static_cast<std::size_t>(got));
    scan.has_cr = scan.has_cr || chunk.find('\r') != std::string_view::npos;
    hash.update(chunk);
    scan.bytes += got;
    last = chunk.back();
  }
  scan.ends_with_newline = last == '\n';
  scan.sha256 = hash.hex_digest();
  return scan;
}

bool is_hidden(const fs::path& relative) {
  return std::any_of(relative.begin(), relative.end(),
                     [](const fs::path& part) { return part.string().starts_with('.'); });
}

bool in_invalid_folder(const fs::path& relative_to_data) {
  const std::string top = relative_to_data.begin()->string();
  return top == "invalid_input" || top == "invalid_inputs" || top == "invalid_output" ||
         top == "invalid_outputs" || top == "valid_output";
}

bool is_invalid_input(const fs::path& relative_to_data) {
  const std::string top = relative_to_data.begin()->string();
  return top == "invalid_input" || top == "invalid_inputs";
}

// The regular .in and .ans files below data/ (links resolved: the package checked they stay
// inside it), keyed by their path relative to the package.
std::map<fs::path, fs::path> test_files(const fs::path& package) {
  std::map<fs::path, fs::path> files;
  const fs::path data = package / "data";
  std::error_code error;
  if (!fs::is_directory(data, error)) return files;
  for (fs::recursive_directory_iterator it(data, error), end; it != end; it.increment(error)) {
    if (error) throw InternalError("cannot list " + data.string() + ": " + error.message());
    const fs::path relative = it->path().lexically_relative(package);
    if (is_hidden(it->path().lexically_relative(data))) {
      if (it->is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    const std::string extension = it->path().extension().string();
    if (extension != ".in" && extension != ".ans") continue;
    const fs::path target = fs::canonical(it->path(), error);
    if (error || !fs::is_regular_file(fs::symlink_status(target, error))) continue;
    files.emplace(relative, target);
  }
  return files;
}

std::string with_extension(fs::path path, const char* extension) {
  return path.replace_extension(extension).string();
}

}  // namespace

std::vector<Finding> check_test_data(const problem::Problem& problem) {
  std::vector<Finding> findings;
  const auto add = [&](Severity severity, const fs::path& file, std::string message) {
    findings.push_back({severity, "data", file.string(), std::move(message)});
  };
  const std::map<fs::path, fs::path> files = test_files(problem.dir);
  std::map<std::string, fs::path> first_input_with_hash;

  for (const auto& [relative, target] : files) {
    const fs::path below_data = relative.lexically_relative("data");
    const bool input = relative.extension() == ".in";
    if (input && !is_invalid_input(below_data) &&
        !files.contains(with_extension(relative, ".ans"))) {
      add(Severity::kError, relative,
          "has no " + with_extension(relative.filename(), ".ans") +
              " next to it; every test case needs NAME.in and NAME.ans");
    }
    if (!input && !files.contains(with_extension(relative, ".in"))) {
      add(Severity::kWarning, relative,
          "has no " + with_extension(relative.filename(), ".in") +
              " next to it, so no test uses it");
    }

    const FileScan scan = scan_file(target);
    // The invalid folders hold broken files on purpose.
    if (!in_invalid_folder(below_data)) {
      if (scan.has_cr) {
        add(Severity::kWarning, relative,
            "has CR (\\r) line endings; use \\n only (dos2unix), since validators and readers "
            "treat \\r differently");
      }
      if (scan.bytes > 0 && !scan.ends_with_newline) {
        add(Severity::kWarning, relative, "does not end with a newline");
      }
      if (input) {
        const auto [first, inserted] = first_input_with_hash.emplace(scan.sha256, relative);
        if (!inserted) {
          add(Severity::kWarning, relative,
              "has the same bytes as " + first->second.string() + "; one of them is redundant");
        }
      }
    }
    if (input && scan.bytes > problem.limits.memory_bytes) {
      add(Severity::kWarning, relative,
          "is " + std::to_string(scan.bytes >> 20) + " MiB, over the memory limit (" +
              std::to_string(problem.limits.memory_bytes >> 20) +
              " MiB): a solution that reads it whole cannot fit");
    }
    if (!input && scan.bytes > problem.limits.output_bytes) {
      add(Severity::kError, relative,
          "is " + std::to_string(scan.bytes >> 10) + " KiB, over the output limit (" +
              std::to_string(problem.limits.output_bytes >> 10) +
              " KiB): a correct solution would get OLE; raise limits.output in problem.yaml");
    }
  }
  return findings;
}

}  // namespace judge::verify
