#include "judge/solution_dir.h"

#include <sys/stat.h>

#include <string>
#include <system_error>

#include "util/error.h"
#include "util/untrusted_file.h"

namespace judge {

namespace fs = std::filesystem;

void check_solution_dir(const fs::path& dir) {
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    const fs::path& path = entry.path();
    const std::string name = path.filename().string();
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) continue;  // gone meanwhile
    if (name.starts_with('-')) {
      throw ConfigError(path.string(), "",
                        "starts with '-', which a compiler would take for an option; rename "
                        "the file so that its name starts with a letter, digit or '_'");
    }
    if (S_ISLNK(st.st_mode)) {
      throw ConfigError(path.string(), "",
                        "is a symbolic link; a solution directory must hold the files "
                        "themselves (copy the file in place of the link)");
    }
    if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
      throw ConfigError(path.string(), "",
                        "is " + file_kind(st.st_mode) +
                            "; a solution directory holds only regular files (and folders, "
                            "which are not used)");
    }
  }
  if (ec) throw ConfigError(dir.string(), "", "cannot be listed: " + ec.message());
}

}  // namespace judge
