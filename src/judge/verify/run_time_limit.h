// `judge run` on a package that gives no time limit (not in problem.yaml, .timelimit or
// domjudge-problem.ini): the limit its archive's judge would have used, derived once from the
// package's accepted submissions (submissions/accepted/) judged with a generous limit, then
// cached per package so later runs judge at once.
//
// The cache lives beside the compile cache ($XDG_CACHE_HOME/judge/time-limits/KEY), KEY being
// sha256 over the judge's version and every file of the package (names and bytes): any change
// to the data, the submissions or the judge derives again.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "judge/session.h"
#include "lang/language.h"
#include "sandbox/sandbox.h"

namespace judge::verify {

// What accepted submissions are judged with while the limit is unknown.
inline constexpr std::int64_t kGenerousTimeLimitMs = 10'000;

struct RunTimeLimit {
  std::int64_t limit_ms = 0;
  std::string how;  // derive_time_limit's explanation
  bool from_cache = false;
};

// sha256 over judge_version() and the package's files (hidden entries left out), in path order.
std::string package_key(const std::filesystem::path& package);

// The cache folder: cache_root (the compile cache's root) 's sibling "time-limits", "" when
// cache_root is "" (no cache).
std::filesystem::path time_limit_cache_dir(const std::filesystem::path& compile_cache_root);

// The derived limit (from the cache when it holds one for this package), or nullopt when no
// accepted submission got AC with the generous limit (the caller keeps its default then).
std::optional<RunTimeLimit> derive_run_time_limit(const problem::Problem& problem,
                                                  const SessionOptions& base,
                                                  const lang::Registry& registry,
                                                  sandbox::Sandbox& sandbox);

// `judge run`'s step: when the package gives no limit and --time-limit is absent, derives it
// (or takes it from the cache), sets session.time_limit_ms and replaces the "NO TIME LIMIT" note
// of resolve_inputs with one that names the derived limit and how it was found.
void derive_missing_time_limit(JudgeInputs& inputs, SessionOptions& session,
                               const lang::Registry& registry, sandbox::Sandbox& sandbox);

}  // namespace judge::verify
