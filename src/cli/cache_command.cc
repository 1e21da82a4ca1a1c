// judge cache: what the compile cache holds, and clearing it.
#include <ostream>

#include "cli/commands.h"
#include "judge/compile_cache.h"
#include "util/units.h"

namespace judge::cli {

int show_cache(const CacheOptions& options, std::ostream& out) {
  const CompileCache cache(CompileCache::default_root(), options.max_bytes);
  if (cache.root().empty()) {
    out << "compile cache: none (neither XDG_CACHE_HOME nor HOME is set)\n";
    return 0;
  }
  if (options.clear) {
    const CacheStats removed = cache.clear();
    out << "removed " << removed.entries << (removed.entries == 1 ? " entry" : " entries") << " ("
        << units::format_bytes(removed.bytes) << ") from " << cache.root().string() << "\n";
    return 0;
  }
  const CacheStats stats = cache.stats();
  out << "compile cache: " << cache.root().string() << "\n"
      << "entries: " << stats.entries << "\n"
      << "size: " << units::format_bytes(stats.bytes) << "\n"
      << "bound: " << units::format_bytes(cache.max_bytes())
      << " (least recently used entries go first; --cache-size or JUDGE_CACHE_SIZE)\n";
  return 0;
}

}  // namespace judge::cli
