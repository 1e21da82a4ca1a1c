// read_untrusted_file and remove_tree: the two ways the judge touches files that programs,
// validators or packages placed.
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "util/remove_tree.h"
#include "util/untrusted_file.h"

namespace fs = std::filesystem;
using judge::read_untrusted_file;
using judge::remove_tree;
using judge::UntrustedFile;

namespace {

fs::path make_temp_dir() {
  std::string pattern = (fs::temp_directory_path() / "judge-untrusted-XXXXXX").string();
  REQUIRE(::mkdtemp(pattern.data()) != nullptr);
  return pattern;
}

void write(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("read_untrusted_file reads a regular file up to its bound", "[untrusted]") {
  const fs::path dir = make_temp_dir();
  write(dir / "judgemessage.txt", "hello world");
  const UntrustedFile whole = read_untrusted_file(dir, "judgemessage.txt", 100);
  CHECK(whole.status == UntrustedFile::Status::kRead);
  CHECK(whole.data == "hello world");
  CHECK_FALSE(whole.truncated);
  const UntrustedFile cut = read_untrusted_file(dir, "judgemessage.txt", 5);
  CHECK(cut.data == "hello");
  CHECK(cut.truncated);
  CHECK(read_untrusted_file(dir, "missing.txt", 5).status == UntrustedFile::Status::kMissing);
  CHECK(remove_tree(dir));
}

TEST_CASE("read_untrusted_file follows no link and opens no FIFO or device", "[untrusted]") {
  const fs::path dir = make_temp_dir();
  write(dir / "secret", "host secret");
  fs::create_symlink(dir / "secret", dir / "absolute");
  fs::create_symlink("secret", dir / "relative");
  fs::create_directory(dir / "real");
  write(dir / "real" / "file", "inner");
  fs::create_directory_symlink("real", dir / "linked_dir");
  REQUIRE(::mkfifo((dir / "fifo").c_str(), 0644) == 0);
  for (const char* name : {"absolute", "relative", "linked_dir/file", "fifo", "../secret"}) {
    INFO(name);
    const UntrustedFile file = read_untrusted_file(dir, name, 100);  // a FIFO must not block
    CHECK(file.status == UntrustedFile::Status::kRefused);
    CHECK(file.data.empty());
    CHECK_FALSE(file.why.empty());
  }
  CHECK(read_untrusted_file(dir, "fifo", 100).why.find("FIFO") != std::string::npos);
  CHECK(read_untrusted_file(dir, "real/file", 100).data == "inner");
  CHECK(read_untrusted_file("/dev", "zero", 100).status == UntrustedFile::Status::kRefused);
  CHECK(remove_tree(dir));
}

TEST_CASE("remove_tree removes what a program made unremovable", "[untrusted]") {
  const fs::path dir = make_temp_dir();
  fs::create_directories(dir / "a" / "locked" / "inner");
  write(dir / "a" / "locked" / "inner" / "file", "x");
  REQUIRE(::chmod((dir / "a" / "locked" / "inner").c_str(), 0) == 0);
  REQUIRE(::chmod((dir / "a" / "locked").c_str(), 0) == 0);
  CHECK(remove_tree(dir));
  CHECK_FALSE(fs::exists(dir));
}

TEST_CASE("remove_tree never follows a link out of the tree", "[untrusted]") {
  const fs::path outside = make_temp_dir();
  write(outside / "keep", "host file");
  const fs::path dir = make_temp_dir();
  fs::create_directory_symlink(outside, dir / "to_dir");
  fs::create_symlink(outside / "keep", dir / "to_file");
  CHECK(remove_tree(dir));
  CHECK_FALSE(fs::exists(dir));
  CHECK(fs::exists(outside / "keep"));
  // A link given as the tree itself is removed, not its target.
  const fs::path link = outside.string() + "-link";
  fs::create_directory_symlink(outside, link);
  CHECK(remove_tree(link));
  CHECK_FALSE(fs::is_symlink(fs::symlink_status(link)));
  CHECK(fs::exists(outside / "keep"));
  CHECK(remove_tree(outside));
}

TEST_CASE("remove_tree removes a tree deeper than PATH_MAX and the fd limit", "[untrusted]") {
  const fs::path dir = make_temp_dir();
  // 3000 levels: 6000 path bytes (> PATH_MAX) and more than a 1024 descriptor limit.
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  REQUIRE(fd >= 0);
  for (int i = 0; i < 3000; ++i) {
    REQUIRE(::mkdirat(fd, "d", 0755) == 0);
    const int child = ::openat(fd, "d", O_RDONLY | O_DIRECTORY);
    ::close(fd);
    REQUIRE(child >= 0);
    fd = child;
  }
  ::close(fd);
  CHECK(remove_tree(dir));
  CHECK_FALSE(fs::exists(dir));
}
