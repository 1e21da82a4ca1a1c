#include "util/data_dir.h"

#include <cstdlib>

namespace judge {

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("JUDGE_DATA_DIR"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  const std::filesystem::path source = JUDGE_SOURCE_DATA_DIR;
  if (std::filesystem::exists(source / "languages", ec)) return source;
  return JUDGE_INSTALL_DATA_DIR;
}

}  // namespace judge
