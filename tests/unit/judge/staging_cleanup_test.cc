// Cleanup of staging dirs that sandboxed programs wrote into, and of stale ones left by a judge
// killed with SIGKILL: what a program made unremovable goes, and nothing outside is touched.
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "judge/staging.h"
#include "util/remove_tree.h"

namespace fs = std::filesystem;
using judge::StagingDir;

namespace {

fs::path make_temp_dir(const std::string& prefix) {
  std::string pattern = (fs::temp_directory_path() / (prefix + "XXXXXX")).string();
  REQUIRE(::mkdtemp(pattern.data()) != nullptr);
  return pattern;
}

// Points TMPDIR at `dir` for the lifetime of the object.
class TmpdirOverride {
 public:
  explicit TmpdirOverride(const fs::path& dir) {
    const char* old = std::getenv("TMPDIR");
    had_ = old != nullptr;
    if (had_) old_ = old;
    ::setenv("TMPDIR", dir.c_str(), 1);
  }
  ~TmpdirOverride() {
    if (had_) {
      ::setenv("TMPDIR", old_.c_str(), 1);
    } else {
      ::unsetenv("TMPDIR");
    }
  }

 private:
  bool had_ = false;
  std::string old_;
};

// What a hostile program leaves in a writable dir: a locked tree and links out of it.
void plant(const fs::path& dir, const fs::path& outside) {
  fs::create_directories(dir / "locked" / "inner");
  std::ofstream(dir / "locked" / "inner" / "file") << "x";
  REQUIRE(::chmod((dir / "locked" / "inner").c_str(), 0) == 0);
  REQUIRE(::chmod((dir / "locked").c_str(), 0) == 0);
  fs::create_directory_symlink(outside, dir / "to_outside");
  fs::create_symlink(outside / "keep", dir / "to_file");
}

}  // namespace

TEST_CASE("staging cleanup removes locked trees and leaves link targets", "[staging_cleanup]") {
  const fs::path base = make_temp_dir("judge-cleanup-base-");
  const fs::path outside = make_temp_dir("judge-cleanup-outside-");
  std::ofstream(outside / "keep") << "host";
  const TmpdirOverride tmpdir(base);
  fs::path root;
  {
    StagingDir staging(::geteuid(), ::getegid());
    root = staging.path();
    const fs::path writable = staging.make_writable_dir("run/feedback");
    plant(writable, outside);
    // Reused from test to test: emptied even though a program locked part of it.
    CHECK(fs::is_empty(staging.make_writable_dir("run/feedback")));
    plant(writable, outside);
  }
  CHECK_FALSE(fs::exists(root));
  CHECK(fs::exists(outside / "keep"));
  CHECK(fs::is_empty(base));
  CHECK(judge::remove_tree(base));
  CHECK(judge::remove_tree(outside));
}

TEST_CASE("a stale staging dir is removed without following its links", "[staging_cleanup]") {
  const fs::path base = make_temp_dir("judge-cleanup-base-");
  const fs::path outside = make_temp_dir("judge-cleanup-outside-");
  std::ofstream(outside / "keep") << "host";
  // No process can have this pid (above the kernel's pid_max limit): its judge is gone.
  const fs::path stale = base / "judge-2147483646-AbCdEf";
  fs::create_directories(stale / "box");
  plant(stale / "box", outside);
  const TmpdirOverride tmpdir(base);
  { StagingDir staging(::geteuid(), ::getegid()); }
  CHECK_FALSE(fs::exists(stale));
  CHECK(fs::exists(outside / "keep"));
  CHECK(judge::remove_tree(base));
  CHECK(judge::remove_tree(outside));
}
