// nextpass.in is a file the validator controls: it is taken only as a regular file of the
// sandbox user, never through a link.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "judge/interactive_test.h"
#include "temp_dir.h"

namespace fs = std::filesystem;

namespace {

using judge::testing::TempDir;

std::string read(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("take_nextpass copies a regular file and removes it", "[judge][multipass]") {
  TempDir folder;
  std::ofstream(folder.path() / "nextpass.in") << "2 10\n";
  CHECK(judge::take_nextpass(folder.path(), folder.path() / "next", ::geteuid()));
  CHECK(read(folder.path() / "next") == "2 10\n");
  CHECK_FALSE(fs::exists(folder.path() / "nextpass.in"));
  CHECK_FALSE(judge::take_nextpass(folder.path(), folder.path() / "next", ::geteuid()));
}

TEST_CASE("take_nextpass ignores links, folders and files of another owner", "[judge][multipass]") {
  TempDir folder;
  std::ofstream(folder.path() / "secret") << "not for the submission\n";
  fs::create_symlink(folder.path() / "secret", folder.path() / "nextpass.in");
  CHECK_FALSE(judge::take_nextpass(folder.path(), folder.path() / "next", ::geteuid()));
  CHECK_FALSE(fs::exists(folder.path() / "next"));
  fs::remove(folder.path() / "nextpass.in");

  fs::create_directory(folder.path() / "nextpass.in");
  CHECK_FALSE(judge::take_nextpass(folder.path(), folder.path() / "next", ::geteuid()));
  fs::remove(folder.path() / "nextpass.in");

  std::ofstream(folder.path() / "nextpass.in") << "1\n";
  CHECK_FALSE(judge::take_nextpass(folder.path(), folder.path() / "next", ::geteuid() + 1));
}
