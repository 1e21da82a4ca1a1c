#include "judge/compile_cache.h"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>

#include "judge/staging.h"
#include "util/error.h"
#include "util/sha256.h"
#include "util/units.h"

#ifndef JUDGE_VERSION
#define JUDGE_VERSION "unknown"
#endif

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

constexpr const char* kIncoming = ".incoming-";

// Bytes of the regular files under an entry; links are not followed (an entry has none).
std::int64_t tree_bytes(const fs::path& dir) {
  std::int64_t total = 0;
  std::error_code error;
  for (fs::recursive_directory_iterator it(dir, error), end; !error && it != end;
       it.increment(error)) {
    const fs::file_status status = it->symlink_status(error);
    if (!error && fs::is_regular_file(status))
      total += static_cast<std::int64_t>(it->file_size(error));
    error.clear();
  }
  return total;
}

struct Entry {
  fs::path path;
  fs::file_time_type used;
  std::int64_t bytes;
};

// The cache's entries; stale .incoming dirs (their judge is gone) are removed on the way.
std::vector<Entry> list_entries(const fs::path& root) {
  std::vector<Entry> entries;
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(root, error)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(kIncoming, 0) == 0) {
      const pid_t pid = static_cast<pid_t>(std::atol(name.c_str() + std::strlen(kIncoming)));
      if (pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH) fs::remove_all(entry.path(), error);
      continue;
    }
    if (name.empty() || name[0] == '.' || !entry.is_directory(error)) continue;
    entries.push_back({entry.path(), entry.last_write_time(error), tree_bytes(entry.path())});
  }
  return entries;
}

}  // namespace

std::string compile_cache_key(const lang::Language& language, const ProgramSource& source,
                              const std::string& toolchain_version) {
  Sha256 hash;
  add_field(hash, "judge-compile-cache-v2");
  add_field(hash, JUDGE_VERSION);  // a new judge may stage or compile differently
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

CompileCache::CompileCache(fs::path root, std::int64_t max_bytes)
    : root_(std::move(root)), max_bytes_(max_bytes > 0 ? max_bytes : default_max_bytes()) {}

std::int64_t CompileCache::default_max_bytes() {
  const char* text = std::getenv("JUDGE_CACHE_SIZE");
  if (text == nullptr || *text == '\0') return kDefaultCacheBytes;
  const std::optional<std::int64_t> bytes = units::parse_size_bytes(text);
  if (!bytes || *bytes <= 0) {
    throw ConfigError("", "JUDGE_CACHE_SIZE",
                      std::string("'") + text + "' is not a size; use e.g. 512m or 2g");
  }
  return *bytes;
}

CacheStats CompileCache::stats() const {
  CacheStats stats;
  if (root_.empty()) return stats;
  for (const Entry& entry : list_entries(root_)) {
    ++stats.entries;
    stats.bytes += entry.bytes;
  }
  return stats;
}

CacheStats CompileCache::clear() const {
  CacheStats removed;
  if (root_.empty()) return removed;
  for (const Entry& entry : list_entries(root_)) {
    std::error_code error;
    if (fs::remove_all(entry.path, error) > 0 && !error) {
      ++removed.entries;
      removed.bytes += entry.bytes;
    }
  }
  return removed;
}

void CompileCache::evict() const {
  std::vector<Entry> entries = list_entries(root_);
  std::int64_t total = 0;
  for (const Entry& entry : entries) total += entry.bytes;
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.used < b.used; });
  for (const Entry& entry : entries) {
    if (total <= max_bytes_) break;
    std::error_code error;
    fs::remove_all(entry.path, error);
    if (!error) total -= entry.bytes;
  }
}

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
  if (!fs::is_directory(fs::symlink_status(entry, error))) return std::nullopt;
  // Least recently used goes first: a hit counts as a use.
  fs::last_write_time(entry, fs::file_time_type::clock::now(), error);
  return entry;
}

bool CompileCache::store(const std::string& key, const fs::path& files) const {
  if (root_.empty()) return false;
  std::error_code error;
  fs::create_directories(root_, error);
  if (error) return false;
  // Compiled programs may embed paths or secrets of the user's sources: owner only.
  fs::permissions(root_, fs::perms::owner_all, fs::perm_options::replace, error);
  if (error) return false;

  std::string pattern =
      (root_ / (kIncoming + std::to_string(::getpid()) + "-" + key + "-XXXXXX")).string();
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
  evict();
  return find(key).has_value();  // an entry bigger than the whole bound is not kept
}

}  // namespace judge
