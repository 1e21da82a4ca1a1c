// The staging directory, the compile cache and the text cutting used by the judging pipeline.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "judge/compile_cache.h"
#include "judge/staging.h"
#include "judge/text_limits.h"

namespace judge {
namespace {

namespace fs = std::filesystem;

mode_t mode_of(const fs::path& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

void write(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

TEST_CASE("a staging dir is private, traversable, and removed", "[staging]") {
  fs::path root;
  {
    StagingDir staging(::geteuid(), ::getegid());
    root = staging.path();
    CHECK(root.filename().string().starts_with("judge-"));
    CHECK(mode_of(root) == 0711);

    const mode_t old_umask = ::umask(077);  // a strict umask must not hide staged files
    const fs::path dir = staging.make_dir("a/b");
    CHECK(mode_of(root / "a") == 0755);
    CHECK(mode_of(dir) == 0755);
    CHECK(mode_of(root) == 0711);

    const fs::path source = root / "a" / "script";
    write(source, "x");
    fs::permissions(source, fs::perms(0700));
    CHECK(mode_of(staging.copy_file_in(source, "c/script")) == 0755);
    fs::permissions(source, fs::perms(0600));
    CHECK(mode_of(staging.copy_file_in(source, "c/data")) == 0644);

    const fs::path out = staging.make_empty_file("run/stdout");
    write(out, "old output");
    staging.make_empty_file("run/stdout");
    CHECK(fs::file_size(out) == 0);

    // The output file of the tests: made once, then left as it is (the sandbox writes it over).
    const fs::path tests_out = staging.output_file("tests/stdout");
    CHECK(fs::file_size(tests_out) == 0);
    CHECK(mode_of(tests_out) == 0644);
    write(tests_out, "a test's output");
    CHECK(staging.output_file("tests/stdout") == tests_out);
    CHECK(fs::file_size(tests_out) == 15);

    const fs::path feedback = staging.make_writable_dir("feedback");
    write(feedback / "judgemessage.txt", "from the last test");
    staging.make_writable_dir("feedback");
    CHECK(fs::is_empty(feedback));
    ::umask(old_umask);
  }
  CHECK_FALSE(fs::exists(root));
}

TEST_CASE("a staging dir is removed when judging throws", "[staging]") {
  fs::path root;
  try {
    StagingDir staging(::geteuid(), ::getegid());
    root = staging.path();
    staging.make_dir("x");
    throw std::runtime_error("judging failed");
  } catch (const std::runtime_error&) {
  }
  REQUIRE_FALSE(root.empty());
  CHECK_FALSE(fs::exists(root));
}

TEST_CASE("the compile cache key covers sources, language and toolchain", "[staging]") {
  StagingDir scratch(::geteuid(), ::getegid());
  const fs::path main_file = scratch.path() / "main.cpp";
  const fs::path header = scratch.path() / "testlib.h";
  write(main_file, "int main() {}");
  write(header, "// v1");
  lang::Language language;
  language.id = "cpp";
  language.compile = lang::Template{"g++", "{source}"};
  const ProgramSource source{main_file, {header}};

  const std::string key = compile_cache_key(language, source, "g++ 12");
  CHECK(key.size() == 64);
  CHECK(compile_cache_key(language, source, "g++ 12") == key);
  CHECK(compile_cache_key(language, source, "g++ 13") != key);
  lang::Language with_flags = language;
  with_flags.compile->push_back("-O2");
  CHECK(compile_cache_key(with_flags, source, "g++ 12") != key);
  write(header, "// v2");
  CHECK(compile_cache_key(language, source, "g++ 12") != key);
}

TEST_CASE("the compile cache stores whole entries", "[staging]") {
  StagingDir scratch(::geteuid(), ::getegid());
  const CompileCache cache(scratch.path() / "cache");
  CHECK_FALSE(cache.find("k1").has_value());

  const fs::path built = scratch.make_dir("built");
  write(built / "main", "binary");
  fs::permissions(built / "main", fs::perms(0700));
  REQUIRE(cache.store("k1", built));
  const std::optional<fs::path> hit = cache.find("k1");
  REQUIRE(hit.has_value());
  CHECK(mode_of(*hit / "main") == 0755);
  CHECK(mode_of(scratch.path() / "cache") == 0700);
  // Storing again (a concurrent judge won the race) keeps the first entry.
  CHECK(cache.store("k1", built));

  const CompileCache disabled{fs::path()};
  CHECK_FALSE(disabled.store("k1", built));
  CHECK_FALSE(disabled.find("k1").has_value());
}

TEST_CASE("head_lines keeps the first lines and says when it cut", "[staging]") {
  CHECK(head_lines("a\nb\n", 5, 100) == "a\nb\n");
  CHECK(head_lines("a\nb\nc\n", 2, 100) == "a\nb\n...\n");
  CHECK(head_lines("abcdef", 5, 3) == "abc\n...\n");
  // "é" is two bytes: a cut never splits it.
  CHECK(head_lines("a\xC3\xA9", 5, 2) == "a\n...\n");
  CHECK(head_lines("", 5, 10).empty());
}

}  // namespace
}  // namespace judge
