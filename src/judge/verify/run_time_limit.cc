#include "judge/verify/run_time_limit.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>
#include <vector>

#include "judge/verify/submission_timing.h"
#include "judge/verify/time_limit_derivation.h"
#include "util/error.h"
#include "util/sha256.h"
#include "util/version.h"

namespace judge::verify {

namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& relative) {
  return std::any_of(relative.begin(), relative.end(),
                     [](const fs::path& part) { return part.string().starts_with('.'); });
}

// The package's regular files (links are hashed as the path they name: load_problem checked
// they stay inside the package), sorted so the key does not depend on directory order.
std::vector<fs::path> package_files(const fs::path& package) {
  std::vector<fs::path> files;
  std::error_code error;
  for (fs::recursive_directory_iterator it(package, error), end; !error && it != end;
       it.increment(error)) {
    const fs::path relative = it->path().lexically_relative(package);
    if (hidden(relative)) {
      if (it->is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_symlink(error)) {
      files.push_back(relative);
    } else if (it->is_regular_file(error)) {
      files.push_back(relative);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<fs::path> accepted_submissions(const fs::path& package) {
  std::vector<fs::path> submissions;
  const fs::path folder = package / "submissions" / "accepted";
  std::error_code error;
  if (!fs::is_directory(folder, error)) return submissions;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, error)) {
    if (!entry.path().filename().string().starts_with('.')) submissions.push_back(entry.path());
  }
  std::sort(submissions.begin(), submissions.end());
  return submissions;
}

std::optional<RunTimeLimit> read_cached(const fs::path& file) {
  std::ifstream in(file);
  RunTimeLimit cached;
  if (!(in >> cached.limit_ms) || cached.limit_ms <= 0) return std::nullopt;
  in.ignore(1);
  std::getline(in, cached.how);
  cached.from_cache = true;
  return cached;
}

// Written to a temporary file and renamed, so a concurrent judge never reads half of it. A
// cache that cannot be written only costs the next run a derivation.
void write_cached(const fs::path& file, const RunTimeLimit& limit) {
  std::error_code error;
  fs::create_directories(file.parent_path(), error);
  if (error) return;
  const fs::path temporary = file.string() + ".incoming-" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << limit.limit_ms << '\n' << limit.how << '\n';
    if (!out.flush()) {
      fs::remove(temporary, error);
      return;
    }
  }
  fs::rename(temporary, file, error);
  if (error) fs::remove(temporary, error);
}

}  // namespace

std::string package_key(const fs::path& package) {
  Sha256 hash;
  hash.update("judge ");
  hash.update(judge_version());
  hash.update(judge_commit());
  for (const fs::path& relative : package_files(package)) {
    const std::string name = relative.string();
    hash.update(std::to_string(name.size()) + ":" + name);
    std::ifstream in(package / relative, std::ios::binary);
    std::string chunk(1 << 16, '\0');
    std::int64_t total = 0;
    while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0) {
      hash.update(std::string_view(chunk.data(), static_cast<std::size_t>(in.gcount())));
      total += in.gcount();
    }
    hash.update("#" + std::to_string(total) + ";");
  }
  return hash.hex_digest();
}

fs::path time_limit_cache_dir(const fs::path& compile_cache_root) {
  if (compile_cache_root.empty()) return {};
  return compile_cache_root.parent_path() / "time-limits";
}

std::optional<RunTimeLimit> derive_run_time_limit(const problem::Problem& problem,
                                                  const SessionOptions& base,
                                                  const lang::Registry& registry,
                                                  sandbox::Sandbox& sandbox) {
  const fs::path cache_dir = time_limit_cache_dir(
      base.compile_cache_dir.empty() ? CompileCache::default_root() : base.compile_cache_dir);
  const fs::path cache_file = cache_dir.empty() ? fs::path() : cache_dir / package_key(problem.dir);
  if (!cache_file.empty()) {
    if (auto cached = read_cached(cache_file)) return cached;
  }

  std::vector<SubmissionTime> times;
  SessionOptions options = base;
  options.problem_dir = problem.dir;
  options.tests_glob.clear();
  options.entry.clear();
  options.language_id.clear();
  for (const fs::path& submission : accepted_submissions(problem.dir)) {
    TimedSubmission timed;
    try {
      timed = time_submission(submission, kGenerousTimeLimitMs, options, registry, sandbox);
    } catch (const ConfigError&) {
      continue;  // a language this machine lacks: the other submissions still tell
    }
    if (timed.verdict != Verdict::kAccepted) continue;
    times.push_back({timed.submission, timed.slowest_test, timed.slowest_ms});
  }
  const auto derived = derive_time_limit(times, time_limit_rule(problem.limits, problem.format));
  if (!derived) return std::nullopt;
  RunTimeLimit limit{derived->limit_ms, derived->explanation, false};
  if (!cache_file.empty()) write_cached(cache_file, limit);
  return limit;
}

void derive_missing_time_limit(JudgeInputs& inputs, SessionOptions& session,
                               const lang::Registry& registry, sandbox::Sandbox& sandbox) {
  const problem::Problem& problem = inputs.problem;
  if (!problem.limits.time_limit_source.empty() || session.time_limit_ms ||
      problem.format == problem::PackageFormat::kPlainFolder) {
    return;
  }
  const std::optional<RunTimeLimit> derived =
      derive_run_time_limit(problem, session, registry, sandbox);
  if (!derived) return;  // resolve_inputs' note about the default stands
  session.time_limit_ms = derived->limit_ms;
  std::erase_if(inputs.notes,
                [](const std::string& note) { return note.starts_with("NO TIME LIMIT"); });
  inputs.notes.push_back("NO TIME LIMIT in " + problem.dir.string() +
                         " (not in problem.yaml limits.time_limit, .timelimit or "
                         "domjudge-problem.ini): using " +
                         format_ms(derived->limit_ms) + ", derived from its accepted submissions" +
                         (derived->from_cache ? " (cached)" : "") + ": " + derived->how +
                         "; give --time-limit to override");
}

}  // namespace judge::verify
