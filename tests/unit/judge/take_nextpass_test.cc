// nextpass.in is a file the validator controls: it is taken only as a regular file of the
// sandbox user, never through a link.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "judge/interactive_test.h"

namespace fs = std::filesystem;

namespace {

struct Folder {
  fs::path dir;
  Folder() {
    char tmpl[] = "/tmp/judge-nextpass-test-XXXXXX";
    dir = ::mkdtemp(tmpl);
  }
  ~Folder() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

std::string read(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("take_nextpass copies a regular file and removes it", "[judge][multipass]") {
  Folder folder;
  std::ofstream(folder.dir / "nextpass.in") << "2 10\n";
  CHECK(judge::take_nextpass(folder.dir, folder.dir / "next", ::geteuid()));
  CHECK(read(folder.dir / "next") == "2 10\n");
  CHECK_FALSE(fs::exists(folder.dir / "nextpass.in"));
  CHECK_FALSE(judge::take_nextpass(folder.dir, folder.dir / "next", ::geteuid()));
}

TEST_CASE("take_nextpass ignores links, folders and files of another owner", "[judge][multipass]") {
  Folder folder;
  std::ofstream(folder.dir / "secret") << "not for the submission\n";
  fs::create_symlink(folder.dir / "secret", folder.dir / "nextpass.in");
  CHECK_FALSE(judge::take_nextpass(folder.dir, folder.dir / "next", ::geteuid()));
  CHECK_FALSE(fs::exists(folder.dir / "next"));
  fs::remove(folder.dir / "nextpass.in");

  fs::create_directory(folder.dir / "nextpass.in");
  CHECK_FALSE(judge::take_nextpass(folder.dir, folder.dir / "next", ::geteuid()));
  fs::remove(folder.dir / "nextpass.in");

  std::ofstream(folder.dir / "nextpass.in") << "1\n";
  CHECK_FALSE(judge::take_nextpass(folder.dir, folder.dir / "next", ::geteuid() + 1));
}
