#include "util/version.h"

namespace judge {

std::string version_line() {
  std::string line = "judge ";
  line += judge_version();
  if (!judge_commit().empty()) {
    line += " (commit ";
    line += judge_commit();
    line += ')';
  }
  return line;
}

}  // namespace judge
