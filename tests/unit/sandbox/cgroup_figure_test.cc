// A cgroup figure file opened once and read again: each read shows the current content; a file
// missing when the run cgroup was made is read by path once it exists; a real cgroup file read
// again from the same descriptor shows a new value.
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "cgroup_fake_kernel.h"
#include "sandbox/cgroup_figure.h"

using namespace judge::sandbox;
using namespace judge::sandbox::testing;

TEST_CASE("cgroup figure: each read shows what the file holds now", "[cgroup]") {
  TempDir dir("judge-figure-test");
  const std::string path = (dir / "cpuacct.usage").string();
  put_file(path, "100\n");
  CgroupSyscalls sys;
  CgroupFigure figure(sys, path);
  std::string content;
  REQUIRE(figure.read(&content) == 0);
  CHECK(content == "100\n");
  put_file(path, "200999\n");  // rewritten in place, as the kernel updates its figures
  REQUIRE(figure.read(&content) == 0);
  CHECK(content == "200999\n");
}

TEST_CASE("cgroup figure: a file missing at first is read by path later", "[cgroup]") {
  TempDir dir("judge-figure-test");
  const std::string path = (dir / "memory.memsw.failcnt").string();
  CgroupSyscalls sys;
  CgroupFigure figure(sys, path);
  std::string content;
  CHECK(figure.read(&content) == ENOENT);
  put_file(path, "3\n");
  REQUIRE(figure.read(&content) == 0);
  CHECK(content == "3\n");
}

TEST_CASE("cgroup figure: a proc file read again from one descriptor shows a new value",
          "[cgroup]") {
  // Files of the kernel's seq_file interface (as cgroup files are) start over at offset 0.
  CgroupSyscalls sys;
  CgroupFigure figure(sys, "/proc/self/maps");
  std::string before, after;
  REQUIRE(figure.read(&before) == 0);
  void* page = ::mmap(nullptr, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  REQUIRE(page != MAP_FAILED);
  REQUIRE(figure.read(&after) == 0);
  ::munmap(page, 4096);
  CHECK(after != before);  // the new mapping is listed
}
