// Compiled programs kept between judge runs, so re-judging an unchanged solution (or the same
// checker for every submission) does not compile again.
//
// An entry is the directory the compiler left behind, stored under a key that changes whenever
// anything that could change the result changes: the source files, the language definition
// (flags, templates) and the toolchain's version. Entries are written to a temporary directory
// and renamed into place, so a reader never sees half an entry, even with concurrent judges.
#pragma once

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

// sha256 over the language file, the compile template, the toolchain version and every source
// file's name and bytes. Throws ConfigError when a source file cannot be read.
std::string compile_cache_key(const lang::Language& language, const ProgramSource& source,
                              const std::string& toolchain_version);

class CompileCache {
 public:
  // root "" disables caching (find() never hits, store() does nothing).
  explicit CompileCache(std::filesystem::path root);

  // $XDG_CACHE_HOME/judge/compile, else $HOME/.cache/judge/compile, else "" (no cache).
  static std::filesystem::path default_root();

  std::optional<std::filesystem::path> find(const std::string& key) const;
  // Copies the directory's files in as the entry for key. Best effort: returns false when the
  // cache cannot be written (read-only home, full disk); judging goes on, uncached.
  bool store(const std::string& key, const std::filesystem::path& files) const;

 private:
  std::filesystem::path root_;
};

}  // namespace judge
