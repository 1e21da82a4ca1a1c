#include "problem/folder_listing.h"

#include <algorithm>
#include <set>
#include <system_error>

#include "util/error.h"

namespace judge::problem {

namespace fs = std::filesystem;

bool is_regular_file_following_links(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

bool is_directory_following_links(const fs::path& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

fs::path resolve_links(const fs::path& path) {
  std::error_code ec;
  fs::path resolved = fs::canonical(path, ec);
  if (ec) throw ConfigError(path.string(), "", "cannot be resolved: " + ec.message());
  return resolved;
}

std::vector<FolderEntry> list_test_folder(const fs::path& folder) {
  std::vector<FolderEntry> entries;
  std::set<std::string> test_names;
  std::vector<std::string> folder_names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with('.')) continue;  // the spec treats hidden files as absent
    std::error_code status_ec;
    const fs::file_status status = fs::status(entry.path(), status_ec);  // follows links
    if (name.ends_with(".in") && name.size() > 3) {
      if (!fs::exists(status)) {
        throw ConfigError(entry.path().string(), "", "is a broken symbolic link");
      }
      if (fs::is_regular_file(status)) test_names.insert(name.substr(0, name.size() - 3));
    } else if (fs::is_directory(status)) {
      folder_names.push_back(name);
    }
  }
  if (ec) throw ConfigError(folder.string(), "", "cannot be listed: " + ec.message());

  for (const std::string& name : test_names) entries.push_back({name, true});
  for (const std::string& name : folder_names) {
    // NAME.files/ holds input files of test case NAME, not a group.
    const bool input_files =
        name.ends_with(".files") && test_names.count(name.substr(0, name.size() - 6)) > 0;
    if (!input_files) entries.push_back({name, false});
  }
  std::stable_sort(entries.begin(), entries.end(), [](const FolderEntry& a, const FolderEntry& b) {
    if (a.name != b.name) return a.name < b.name;
    return a.is_test && !b.is_test;
  });
  return entries;
}

}  // namespace judge::problem
