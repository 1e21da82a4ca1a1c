// A file in a validator's feedback folder (a Polygon interactor's tout) is taken only as a
// regular file of the sandbox user, never through a link, and never past the bound.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "judge/validator_output_file.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
using judge::take_validator_file;
using judge::TakenFile;
using judge::testing::TempDir;

TEST_CASE("take_validator_file copies the validator's file", "[judge][tout]") {
  TempDir folder;
  std::ofstream(folder.path() / "tout") << "7 27\n";
  const fs::path copy = folder.path() / "copy";
  CHECK(take_validator_file(folder.path(), "tout", copy, ::geteuid(), 100).status ==
        TakenFile::Status::kCopied);
  std::ifstream in(copy);
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str() == "7 27\n");
  CHECK(take_validator_file(folder.path(), "absent", copy, ::geteuid(), 100).status ==
        TakenFile::Status::kMissing);
}

TEST_CASE("take_validator_file refuses links, FIFOs, other owners and large files",
          "[judge][tout]") {
  TempDir folder;
  const fs::path copy = folder.path() / "copy";
  std::ofstream(folder.path() / "secret") << "the answers\n";
  fs::create_symlink(folder.path() / "secret", folder.path() / "tout");
  TakenFile taken = take_validator_file(folder.path(), "tout", copy, ::geteuid(), 100);
  CHECK(taken.status == TakenFile::Status::kRefused);
  CHECK_THAT(taken.why, Catch::Contains("symbolic link"));
  CHECK_FALSE(fs::exists(copy));
  fs::remove(folder.path() / "tout");

  REQUIRE(::mkfifo((folder.path() / "tout").c_str(), 0600) == 0);
  CHECK(take_validator_file(folder.path(), "tout", copy, ::geteuid(), 100).status ==
        TakenFile::Status::kRefused);
  fs::remove(folder.path() / "tout");

  std::ofstream(folder.path() / "tout") << "0123456789\n";
  CHECK(take_validator_file(folder.path(), "tout", copy, ::geteuid() + 1, 100).status ==
        TakenFile::Status::kRefused);
  taken = take_validator_file(folder.path(), "tout", copy, ::geteuid(), 5);
  CHECK(taken.status == TakenFile::Status::kRefused);
  CHECK_THAT(taken.why, Catch::Contains("larger than"));
}
