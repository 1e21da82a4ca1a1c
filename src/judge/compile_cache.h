// Compiled programs kept between judge runs, so re-judging an unchanged solution (or the same
// checker for every submission) does not compile again.
//
// An entry is a program's artifacts directory (the sources and what the compile left, as
// compile_output.h copied it: regular files and directories only), stored under a key that
// changes whenever anything that could change the result changes: every source file's name and
// bytes, the language file (flags, templates), the toolchain's version and the judge's version.
// Entries are written to .incoming-<pid>-XXXXXX and renamed into place, so a reader never sees
// half an entry, even with concurrent judges; an .incoming dir whose judge died (SIGKILL) is
// removed by the next store. The cache holds at most max_bytes: after each store, the least
// recently used entries (a hit refreshes an entry's mtime) go until the rest fits.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "lang/language.h"

namespace judge {

// The files a program is built from: the main source (placed as the language's source_name)
// and files next to it that it needs (headers beside a checker), placed under their own names.
struct ProgramSource {
  std::filesystem::path main_file;
  std::vector<std::filesystem::path> extra_files;
};

// A program to build and run: the solution, an output validator, an input validator.
struct Program {
  const lang::Language* language = nullptr;
  ProgramSource source;
};

// sha256 over the language file, the compile template, the toolchain version and every source
// file's name and bytes. Throws ConfigError when a source file cannot be read.
std::string compile_cache_key(const lang::Language& language, const ProgramSource& source,
                              const std::string& toolchain_version);

// What `judge cache` shows.
struct CacheStats {
  std::size_t entries = 0;
  std::int64_t bytes = 0;
};

inline constexpr std::int64_t kDefaultCacheBytes = 512ll << 20;

class CompileCache {
 public:
  // root "" disables caching (find() never hits, store() does nothing). max_bytes 0: the default
  // (JUDGE_CACHE_SIZE, else kDefaultCacheBytes).
  explicit CompileCache(std::filesystem::path root, std::int64_t max_bytes = 0);

  // $XDG_CACHE_HOME/judge/compile, else $HOME/.cache/judge/compile, else "" (no cache).
  static std::filesystem::path default_root();
  // JUDGE_CACHE_SIZE ("1g", "200m") when set, else kDefaultCacheBytes. Throws ConfigError naming
  // the variable for a value that is not a size.
  static std::int64_t default_max_bytes();

  const std::filesystem::path& root() const { return root_; }
  std::int64_t max_bytes() const { return max_bytes_; }
  CacheStats stats() const;
  // Removes every entry (and stale .incoming dirs). Returns what was removed.
  CacheStats clear() const;

  std::optional<std::filesystem::path> find(const std::string& key) const;
  // Copies the directory's files in as the entry for key. Best effort: returns false when the
  // cache cannot be written (read-only home, full disk); judging goes on, uncached.
  bool store(const std::string& key, const std::filesystem::path& files) const;

 private:
  void evict() const;

  std::filesystem::path root_;
  std::int64_t max_bytes_;
};

}  // namespace judge
