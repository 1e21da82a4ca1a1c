// Solutions given as a directory: language and entry point by convention or by option.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "judge/session.h"
#include "temp_dir.h"
#include "util/error.h"

namespace judge {
namespace {

namespace fs = std::filesystem;

struct SourceDir {
  testing::TempDir temp{"judge-multi-file-test"};
  const fs::path& dir = temp.path();
  void add(const std::string& name, const std::string& content = "x\n") const {
    std::ofstream(dir / name) << content;
  }
};

const lang::Registry& registry() {
  static const lang::Registry loaded =
      lang::Registry::load(fs::path(JUDGE_SOURCE_DIR) / "languages");
  return loaded;
}

std::string config_error_of(const SourceDir& src, const std::string& entry = "",
                            const std::string& lang = "") {
  try {
    multi_file_program(src.dir, entry, lang, registry());
  } catch (const ConfigError& error) {
    return error.what();
  }
  return "";
}

TEST_CASE("a directory's language and entry point follow the conventions", "[multi_file]") {
  SourceDir src;
  src.add("main.py");
  src.add("helpers.py");
  src.add("README.txt");
  src.add(".hidden.py");
  const Program program = multi_file_program(src.dir, "", "", registry());
  CHECK(program.language->id == "python3");
  CHECK(program.source.main_file == src.dir / "main.py");
  REQUIRE(program.source.extra_files.size() == 2);  // README.txt rides along; hidden files don't
  CHECK(program.source.extra_files[0] == src.dir / "README.txt");
  CHECK(program.source.extra_files[1] == src.dir / "helpers.py");
}

TEST_CASE("a single source file is the entry point whatever its name", "[multi_file]") {
  SourceDir src;
  src.add("solve.cpp");
  src.add("lib.h");
  const Program program = multi_file_program(src.dir, "", "", registry());
  CHECK(program.language->id == "cpp");
  CHECK(program.source.main_file == src.dir / "solve.cpp");
}

TEST_CASE("the --entry option picks the main file", "[multi_file]") {
  SourceDir src;
  src.add("a.py");
  src.add("b.py");
  CHECK(multi_file_program(src.dir, "b.py", "", registry()).source.main_file == src.dir / "b.py");
  src.add("main.py");  // would replace the entry point, which is placed as main.py
  const Program program = multi_file_program(src.dir, "b.py", "", registry());
  REQUIRE(program.source.extra_files.size() == 1);
  CHECK(program.source.extra_files[0] == src.dir / "a.py");
  CHECK_THAT(config_error_of(src, "c.py"), Catch::Contains("--entry: no file 'c.py'"));
}

TEST_CASE("ambiguous directories are configuration errors that say what to give", "[multi_file]") {
  SourceDir src;
  src.add("a.py");
  src.add("b.py");
  CHECK_THAT(config_error_of(src), Catch::Contains("give --entry FILE"));
  src.add("c.c");
  CHECK_THAT(config_error_of(src), Catch::Contains("give --lang ID"));
  CHECK(multi_file_program(src.dir, "", "c", registry()).source.main_file == src.dir / "c.c");
  SourceDir empty;
  empty.add("notes.txt");
  CHECK_THAT(config_error_of(empty), Catch::Contains("no source file of a known language"));
}

}  // namespace
}  // namespace judge
