#include "judge/included_files.h"

#include <sys/stat.h>

#include <algorithm>
#include <system_error>

#include "judge/package_rules.h"
#include "util/error.h"
#include "util/untrusted_file.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

const char* const kWhyNoLinks =
    "is a symbolic link; included and .files/ files are copied into the submission's sandbox, "
    "where a link (even one inside the package, to an answer) would give it what it must not "
    "see: put the file itself there";

// Every entry below dir, depth first, refusing links and anything but files and folders.
void refuse_links_below(const fs::path& dir) {
  std::error_code error;
  for (fs::recursive_directory_iterator it(dir, error), end; !error && it != end;
       it.increment(error)) {
    struct stat st {};
    if (::lstat(it->path().c_str(), &st) != 0) continue;  // gone meanwhile
    if (S_ISLNK(st.st_mode)) throw ConfigError(it->path().string(), "", kWhyNoLinks);
    if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
      throw ConfigError(it->path().string(), "",
                        "is " + file_kind(st.st_mode) + "; only regular files can be copied in");
    }
  }
  if (error) throw ConfigError(dir.string(), "", "cannot be listed: " + error.message());
}

bool is_link(const fs::path& path) {
  std::error_code error;
  return fs::is_symlink(fs::symlink_status(path, error));
}

}  // namespace

fs::path included_dir_for(const problem::Problem& problem, const lang::Language& language) {
  if (problem.include_dir.empty()) return {};
  std::error_code error;
  fs::path fallback;
  for (const fs::directory_entry& entry : fs::directory_iterator(problem.include_dir, error)) {
    const std::string name = entry.path().filename().string();
    if (is_link(entry.path())) throw ConfigError(entry.path().string(), "", kWhyNoLinks);
    if (!entry.is_directory()) continue;
    if (name == "default") fallback = entry.path();
    if (language_matches_code(language.id, name)) return entry.path();
  }
  return fallback;
}

ProgramSource with_included_files(const problem::Problem& problem, const lang::Language& language,
                                  ProgramSource source) {
  const fs::path dir = included_dir_for(problem, language);
  if (dir.empty()) return source;
  refuse_links_below(dir);
  std::vector<fs::path> included;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with('.')) continue;  // .gitignore: not part of the package (2025-09)
    if (entry.is_directory()) {
      throw ConfigError(entry.path().string(), "",
                        "is a folder; included files are placed beside the submission's "
                        "sources, so put them at the top of " +
                            dir.string());
    }
    if (name.starts_with('-')) {
      throw ConfigError(entry.path().string(), "",
                        "starts with '-', which a compiler would take for an option; rename it");
    }
    included.push_back(entry.path());
  }
  std::sort(included.begin(), included.end());
  for (const fs::path& file : included) {
    const fs::path name = file.filename();
    std::erase_if(source.extra_files,
                  [&](const fs::path& extra) { return extra.filename() == name; });
    if (name == language.source_name) {
      // The package's driver is the entry point; the submission's main file stays, by its name.
      if (source.main_file.filename() != name) source.extra_files.push_back(source.main_file);
      source.main_file = file;
    } else {
      source.extra_files.push_back(file);
    }
  }
  return source;
}

std::map<std::string, fs::path> stage_test_files(const std::vector<const problem::TestCase*>& tests,
                                                 StagingDir& staging) {
  std::map<std::string, fs::path> staged;
  for (const problem::TestCase* test : tests) {
    if (test->files_dir.empty()) continue;
    refuse_links_below(test->files_dir);
    const fs::path relative = fs::path("files") / std::to_string(staged.size());
    staged[test->name] = staging.copy_tree_in(test->files_dir, relative);
  }
  return staged;
}

}  // namespace judge
