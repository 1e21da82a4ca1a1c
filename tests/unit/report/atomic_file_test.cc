// write_file_atomically: the data reaches the disk (fsync) before the rename makes it visible.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "report/atomic_file.h"
#include "temp_dir.h"
#include "util/error.h"

namespace judge::report {
namespace {

namespace fs = std::filesystem;

// What the fake fsync saw: the final path must not exist yet and the temporary file must hold
// the whole content.
struct SyncObservation {
  int calls = 0;
  bool final_path_existed = false;
  off_t synced_size = -1;
};
SyncObservation g_seen;
std::string g_final_path;

int recording_sync(int fd) {
  ++g_seen.calls;
  g_seen.final_path_existed = fs::exists(g_final_path);
  struct stat info {};
  if (::fstat(fd, &info) == 0) g_seen.synced_size = info.st_size;
  return ::fsync(fd);
}

int failing_sync(int /*fd*/) {
  errno = EIO;
  return -1;
}

std::string read_all(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST_CASE("atomic_file: the content is synced before the rename", "[report][atomic_file]") {
  const testing::TempDir scratch("judge-atomic");
  const fs::path& dir = scratch.path();
  g_final_path = (dir / "report.xml").string();
  g_seen = {};
  write_file_atomically(g_final_path, "<testsuites/>\n", "--junit", recording_sync);
  CHECK(g_seen.calls == 1);
  CHECK_FALSE(g_seen.final_path_existed);
  CHECK(g_seen.synced_size == 14);
  CHECK(read_all(g_final_path) == "<testsuites/>\n");
}

TEST_CASE("atomic_file: a failed sync leaves the old file and no temporary",
          "[report][atomic_file]") {
  const testing::TempDir scratch("judge-atomic");
  const fs::path& dir = scratch.path();
  const std::string path = (dir / "report.xml").string();
  std::ofstream(path) << "old";
  CHECK_THROWS_AS(write_file_atomically(path, "new", "--junit", failing_sync), ConfigError);
  CHECK(read_all(path) == "old");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}

}  // namespace
}  // namespace judge::report
