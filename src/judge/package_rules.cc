#include "judge/package_rules.h"

#include <algorithm>
#include <cctype>
#include <system_error>

#include "judge/compile_cache.h"
#include "util/error.h"

namespace judge {

namespace fs = std::filesystem;

bool language_matches_code(const std::string& id, const std::string& code) {
  if (id == code) return true;
  if (code == "python3" && id == "pypy3") return true;
  if (!id.starts_with(code) || id.size() == code.size()) return false;
  return std::all_of(id.begin() + static_cast<std::ptrdiff_t>(code.size()), id.end(),
                     [](unsigned char c) { return std::isdigit(c) != 0; });
}

namespace {

std::uintmax_t source_bytes(const ProgramSource& source) {
  std::uintmax_t total = 0;
  std::error_code error;
  // Links are not followed: the submission's own bytes are what counts.
  const auto add = [&](const fs::path& file) {
    const fs::file_status status = fs::symlink_status(file, error);
    if (fs::is_regular_file(status)) total += fs::file_size(file, error);
  };
  add(source.main_file);
  for (const fs::path& file : source.extra_files) add(file);
  return total;
}

}  // namespace

void check_submission_allowed(const problem::Problem& problem, const lang::Language& language,
                              const ProgramSource& source) {
  const std::string yaml = (problem.dir / "problem.yaml").string();
  if (!problem.languages.empty() && std::none_of(problem.languages.begin(), problem.languages.end(),
                                                 [&](const std::string& code) {
                                                   return language_matches_code(language.id, code);
                                                 })) {
    std::string allowed;
    for (const std::string& code : problem.languages)
      allowed += (allowed.empty() ? "" : ", ") + code;
    throw ConfigError(yaml, "languages",
                      "the problem allows only " + allowed + "; the solution is " + language.id);
  }
  if (problem.limits.code_bytes) {
    const std::uintmax_t bytes = source_bytes(source);
    if (bytes > static_cast<std::uintmax_t>(*problem.limits.code_bytes)) {
      throw ConfigError(yaml, "limits.code",
                        "the solution is " + std::to_string(bytes) + " bytes; the problem takes " +
                            std::to_string(*problem.limits.code_bytes / 1024) + " KiB at most");
    }
  }
}

std::shared_ptr<const lang::Language> with_problem_compile_limits(const problem::Problem& problem,
                                                                  const lang::Language& language) {
  const problem::ProblemLimits& limits = problem.limits;
  if (!limits.compilation_time_ms && !limits.compilation_memory_bytes) return nullptr;
  auto copy = std::make_shared<lang::Language>(language);
  copy->compile_time_limit_ms = limits.compilation_time_ms.value_or(copy->compile_time_limit_ms);
  copy->compile_memory_bytes = limits.compilation_memory_bytes.value_or(copy->compile_memory_bytes);
  return copy;
}

}  // namespace judge
