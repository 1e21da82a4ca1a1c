// Reading a compile's /box back (compile_output.h) and the compile cache's bound: what a compile
// leaves is data, never a path to follow, and the cache never outgrows its bound.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "fake_sandbox.h"
#include "judge/compile.h"
#include "judge/compile_cache.h"
#include "judge/compile_output.h"
#include "judge/staging.h"
#include "lang/language.h"
#include "temp_dir.h"
#include "util/unique_fd.h"

namespace judge {
namespace {

namespace fs = std::filesystem;

using judge::testing::TempDir;

void write(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

mode_t mode_of(const fs::path& path) {
  struct stat st {};
  REQUIRE(::lstat(path.c_str(), &st) == 0);
  return st.st_mode;
}

// Copies `box` as the judge copies a compile's /box.
std::string copy_out(const fs::path& box, const fs::path& target,
                     const std::set<std::string>& bound = {},
                     const CompileOutputLimits& limits = {}) {
  const UniqueFd fd(::open(box.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  REQUIRE(fd);
  return copy_compile_output(fd.get(), target, bound, limits);
}

TEST_CASE("a compile's regular files and directories are copied as the judge's plain files",
          "[compile-output]") {
  TempDir temp;
  const fs::path box = temp.path() / "box";
  fs::create_directories(box / "pkg" / "sub");
  write(box / "main", "binary");
  ::chmod((box / "main").c_str(), 06755);  // set-id bits never survive the copy
  write(box / "pkg" / "sub" / "A.class", "class");
  ::chmod((box / "pkg" / "sub" / "A.class").c_str(), 0600);
  write(box / "main.c", "");  // the mount point of a bound source

  CHECK(copy_out(box, temp.path() / "out", {"main.c"}).empty());
  CHECK(read(temp.path() / "out" / "main") == "binary");
  CHECK((mode_of(temp.path() / "out" / "main") & 07777) == 0755);
  CHECK((mode_of(temp.path() / "out" / "pkg" / "sub" / "A.class") & 07777) == 0644);
  CHECK((mode_of(temp.path() / "out" / "pkg") & 07777) == 0755);
  CHECK_FALSE(fs::exists(temp.path() / "out" / "main.c"));
}

TEST_CASE("links and special files in a compile's output are refused, never followed",
          "[compile-output]") {
  TempDir temp;
  const fs::path box = temp.path() / "box";
  fs::create_directories(box / "d");
  write(temp.path() / "answer", "secret answer");

  SECTION("a symlink to a host file, at any depth") {
    fs::create_symlink(temp.path() / "answer", box / "d" / "answer.txt");
    const std::string why = copy_out(box, temp.path() / "out");
    CHECK(why.find("'/box/d/answer.txt', which is a symbolic link") != std::string::npos);
    CHECK_FALSE(fs::exists(temp.path() / "out" / "d" / "answer.txt"));
  }
  SECTION("a symlink to a directory (/proc/self/cwd) and a loop") {
    fs::create_symlink("/proc/self/cwd", box / "cwd");
    fs::create_symlink(box / "b", box / "a");
    fs::create_symlink(box / "a", box / "b");
    CHECK(copy_out(box, temp.path() / "out").find("symbolic link") != std::string::npos);
  }
  SECTION("a FIFO is refused without being opened (no hang)") {
    REQUIRE(::mkfifo((box / "fifo").c_str(), 0666) == 0);
    CHECK(copy_out(box, temp.path() / "out").find("which is a FIFO") != std::string::npos);
  }
  SECTION("a whole output that is a link") {
    fs::remove_all(box);
    fs::create_symlink(temp.path(), box);
    const UniqueFd fd(::open(box.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC));
    REQUIRE(fd);
    CHECK_THROWS(copy_compile_output(fd.get(), temp.path() / "out", {}));
  }
  CHECK(read(temp.path() / "answer") == "secret answer");
}

TEST_CASE("a compile's output is bounded in entries, bytes and depth", "[compile-output]") {
  TempDir temp;
  const fs::path box = temp.path() / "box";
  fs::create_directories(box);
  CompileOutputLimits limits;
  limits.max_entries = 10;
  limits.max_bytes = 1000;
  limits.max_depth = 3;

  SECTION("too many files") {
    for (int i = 0; i < 11; ++i) write(box / ("f" + std::to_string(i)), "x");
    CHECK(copy_out(box, temp.path() / "out", {}, limits).find("more than 10 files") !=
          std::string::npos);
  }
  SECTION("too many bytes") {
    write(box / "big", std::string(1001, 'x'));
    CHECK(copy_out(box, temp.path() / "out", {}, limits).find("MiB of files") != std::string::npos);
  }
  SECTION("too deep") {
    fs::create_directories(box / "1" / "2" / "3" / "4" / "5");
    CHECK(copy_out(box, temp.path() / "out", {}, limits).find("nested too deep") !=
          std::string::npos);
  }
  SECTION("within the bounds") {
    for (int i = 0; i < 10; ++i) write(box / ("f" + std::to_string(i)), std::string(100, 'x'));
    CHECK(copy_out(box, temp.path() / "out", {}, limits).empty());
  }
}

TEST_CASE("the compile cache keeps to its bound, least recently used first", "[compile-cache]") {
  TempDir temp;
  const fs::path files = temp.path() / "files";
  fs::create_directories(files);
  write(files / "main", std::string(400, 'x'));
  const CompileCache cache(temp.path() / "cache", 1000);
  CHECK(cache.max_bytes() == 1000);

  REQUIRE(cache.store("a", files));
  REQUIRE(cache.store("b", files));
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  REQUIRE(cache.find("a"));  // a is now more recently used than b
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  REQUIRE(cache.store("c", files));  // 1200 bytes > 1000: b goes
  CHECK(cache.find("a"));
  CHECK_FALSE(cache.find("b"));
  CHECK(cache.find("c"));
  CHECK(cache.stats().entries == 2);
  CHECK(cache.stats().bytes == 800);

  SECTION("an entry bigger than the whole bound is not kept") {
    write(files / "main", std::string(2000, 'x'));
    CHECK_FALSE(cache.store("huge", files));
    CHECK(cache.stats().bytes <= 1000);
  }
  SECTION("a half entry of a judge that died is removed, never used") {
    fs::create_directories(temp.path() / "cache" / ".incoming-999999999-d-XXXXXX");
    CHECK_FALSE(cache.find("d"));
    CHECK(cache.stats().entries == 2);
    CHECK_FALSE(fs::exists(temp.path() / "cache" / ".incoming-999999999-d-XXXXXX"));
  }
  SECTION("clear removes every entry") {
    const CacheStats removed = cache.clear();
    CHECK(removed.entries == 2);
    CHECK(removed.bytes == 800);
    CHECK(cache.stats().entries == 0);
  }
}

TEST_CASE("the cache bound comes from JUDGE_CACHE_SIZE, else the default", "[compile-cache]") {
  ::unsetenv("JUDGE_CACHE_SIZE");
  CHECK(CompileCache::default_max_bytes() == kDefaultCacheBytes);
  ::setenv("JUDGE_CACHE_SIZE", "2g", 1);
  CHECK(CompileCache::default_max_bytes() == 2ll << 30);
  ::setenv("JUDGE_CACHE_SIZE", "lots", 1);
  CHECK_THROWS_WITH(CompileCache::default_max_bytes(), Catch::Contains("JUDGE_CACHE_SIZE"));
  ::unsetenv("JUDGE_CACHE_SIZE");
}

}  // namespace
}  // namespace judge

namespace judge {
namespace {

// Whatever the policy for solution directories, the compile command never reads a file name as
// an option: {sources} lists every file as ./NAME.
TEST_CASE("source files reach the compiler as ./NAME, never as options", "[compile-output]") {
  TempDir temp;
  write(temp.path() / "main.c", "int main(void) { return 0; }\n");
  write(temp.path() / "-Wl,-e,pwned.c", "int x;\n");
  write(temp.path() / "-Bx.c", "int y;\n");
  const lang::Registry registry = lang::Registry::load(fs::path(JUDGE_SOURCE_DIR) / "languages");
  const lang::Language* c = registry.find("c");
  REQUIRE(c != nullptr);
  ProgramSource source{temp.path() / "main.c",
                       {temp.path() / "-Bx.c", temp.path() / "-Wl,-e,pwned.c"}};
  testing::FakeSandbox sandbox;
  StagingDir staging(::geteuid(), ::getegid());
  const CompileCache no_cache("");
  (void)prepare_program(*c, source, "solution", sandbox, staging, no_cache);
  REQUIRE(sandbox.specs.size() == 1);
  const std::vector<std::string>& argv = sandbox.specs[0].argv;
  CHECK(std::find(argv.begin(), argv.end(), "./main.c") != argv.end());
  CHECK(std::find(argv.begin(), argv.end(), "./-Bx.c") != argv.end());
  CHECK(std::find(argv.begin(), argv.end(), "./-Wl,-e,pwned.c") != argv.end());
  for (const std::string& arg : argv) {
    CHECK_FALSE(arg.rfind("-B", 0) == 0);
    CHECK_FALSE(arg.rfind("-Wl", 0) == 0);
  }
}

}  // namespace
}  // namespace judge
