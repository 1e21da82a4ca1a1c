#include "util/write_all.h"

#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <string>

#include "util/unique_fd.h"

namespace judge {
namespace {

TEST_CASE("write_all writes every byte, or names the errno of the write that failed", "[util]") {
  int fds[2];
  REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
  UniqueFd read_end(fds[0]), write_end(fds[1]);
  const std::string text(3000, 'x');  // below a pipe's capacity: no reader needed
  CHECK(write_all(write_end.get(), text.data(), text.size()) == 0);
  std::string back(text.size(), '\0');
  CHECK(::read(read_end.get(), back.data(), back.size()) == static_cast<ssize_t>(text.size()));
  CHECK(back == text);
  CHECK(write_all(write_end.get(), "", 0) == 0);
  CHECK(write_all(-1, "x", 1) == EBADF);
}

}  // namespace
}  // namespace judge
