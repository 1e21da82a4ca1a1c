// Listing a test data folder: which NAME.in test cases and which subfolders it holds. Symbolic
// links are followed (packages link shared tests between groups); hidden names are skipped.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace judge::problem {

struct FolderEntry {
  std::string name;  // the test case name (NAME of NAME.in) or the folder name
  bool is_test = false;
};

// Test cases and subfolders of `folder`, sorted together by name (byte order, as the spec's
// "lexicographic"); a test case sorts before a folder of the same name. NAME.files/ folders
// that belong to a NAME.in test case are not listed.
std::vector<FolderEntry> list_test_folder(const std::filesystem::path& folder);

bool is_regular_file_following_links(const std::filesystem::path& path);
bool is_directory_following_links(const std::filesystem::path& path);

// The absolute path with every symbolic link resolved; ConfigError when it cannot be.
std::filesystem::path resolve_links(const std::filesystem::path& path);

}  // namespace judge::problem
