// A throw-away problem directory for tests that need a variation no checked-in fixture has
// (one bad field at a time, symlink loops, an empty directory). Removed on destruction.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

namespace judge::problem::testing {

class TempPackage {
 public:
  TempPackage() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "judge-problem-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    dir_ = pattern;
  }
  ~TempPackage() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  TempPackage(const TempPackage&) = delete;
  TempPackage& operator=(const TempPackage&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  std::string path(const std::string& relative) const { return (dir_ / relative).string(); }

  // Writes `content` to dir/relative, creating parent folders.
  void write(const std::string& relative, const std::string& content) const {
    const std::filesystem::path file = dir_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
  }

  // A one-test secret data set, so that problem.yaml variations load.
  void write_one_test() const {
    write("data/secret/1.in", "1\n");
    write("data/secret/1.ans", "1\n");
  }

  void symlink(const std::string& target, const std::string& relative_link) const {
    const std::filesystem::path link = dir_ / relative_link;
    std::filesystem::create_directories(link.parent_path());
    std::filesystem::create_symlink(target, link);
  }

 private:
  std::filesystem::path dir_;
};

}  // namespace judge::problem::testing
