#include "judge/compile_cache.h"

#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <system_error>

#include "judge/staging.h"
#include "util/error.h"
#include "util/sha256.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

// Length-prefixed, so that no two different inputs hash the same byte stream.
void add_field(Sha256& hash, std::string_view data) {
  hash.update(std::to_string(data.size()));
  hash.update(":");
  hash.update(data);
}

std::string read_whole_file(const fs::path& file, const std::string& what) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ConfigError(file.string(), "", "cannot read the " + what);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

std::string compile_cache_key(const lang::Language& language, const ProgramSource& source,
                              const std::string& toolchain_version) {
  Sha256 hash;
  add_field(hash, "judge-compile-cache-v1");
  add_field(hash, language.id);
  // The language file holds the flags; hand-made languages (tests) have none, so the compile
  // template and names are hashed as well.
  add_field(hash, language.file.empty() ? "" : read_whole_file(language.file, "language file"));
  if (language.compile) {
    for (const std::string& arg : *language.compile) add_field(hash, arg);
  }
  for (const std::string& var : language.compile_env) add_field(hash, var);
  add_field(hash, language.source_name);
  add_field(hash, language.binary_name);
  add_field(hash, toolchain_version);
  add_field(hash, read_whole_file(source.main_file, "source file"));
  for (const fs::path& extra : source.extra_files) {
    add_field(hash, extra.filename().string());
    add_field(hash, read_whole_file(extra, "source file"));
  }
  return hash.hex_digest();
}

CompileCache::CompileCache(fs::path root) : root_(std::move(root)) {}

fs::path CompileCache::default_root() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && *xdg == '/') return fs::path(xdg) / "judge" / "compile";
  const char* home = std::getenv("HOME");
  if (home != nullptr && *home == '/') return fs::path(home) / ".cache" / "judge" / "compile";
  return {};
}

std::optional<fs::path> CompileCache::find(const std::string& key) const {
  if (root_.empty()) return std::nullopt;
  const fs::path entry = root_ / key;
  std::error_code error;
  if (fs::is_directory(entry, error)) return entry;
  return std::nullopt;
}

bool CompileCache::store(const std::string& key, const fs::path& files) const {
  if (root_.empty()) return false;
  std::error_code error;
  fs::create_directories(root_, error);
  if (error) return false;
  // Compiled programs may embed paths or secrets of the user's sources: owner only.
  fs::permissions(root_, fs::perms::owner_all, fs::perm_options::replace, error);
  if (error) return false;

  std::string pattern = (root_ / (".incoming-" + key + "-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) return false;
  const fs::path incoming = pattern;
  try {
    copy_readable_tree(files, incoming);
  } catch (const std::exception&) {  // InternalError or filesystem_error: skip caching
    fs::remove_all(incoming, error);
    return false;
  }
  fs::rename(incoming, root_ / key, error);
  if (error) {
    // Most likely another judge stored the same entry first; theirs is as good as ours.
    std::error_code ignored;
    fs::remove_all(incoming, ignored);
    return find(key).has_value();
  }
  return true;
}

}  // namespace judge
