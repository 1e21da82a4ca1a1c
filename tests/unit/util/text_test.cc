#include "util/text.h"

#include <catch2/catch.hpp>

namespace judge {
namespace {

TEST_CASE("trim and trim_right drop the six ASCII whitespace bytes", "[util][text]") {
  CHECK(trim("  \n a b \t\n") == "a b");
  CHECK(trim(" \n\v\f\r ").empty());
  CHECK(trim_right(" a b \r\n") == " a b");
  CHECK(trim_right("\t\n").empty());
  CHECK(trim("\xc2\xa0x") == "\xc2\xa0x");  // a non-ASCII space is text, not whitespace
}

TEST_CASE("first_nonblank_line skips blank lines and trims the one it returns", "[util][text]") {
  CHECK(first_nonblank_line("\n  \n  first  \nsecond") == "first");
  CHECK(first_nonblank_line("only") == "only");
  CHECK(first_nonblank_line("").empty());
  CHECK(first_nonblank_line(" \n\t\n").empty());
}

TEST_CASE("split_whitespace splits at runs of whitespace", "[util][text]") {
  CHECK(split_whitespace("cpu io memory pids\n") ==
        std::vector<std::string>{"cpu", "io", "memory", "pids"});
  CHECK(split_whitespace(" -a\t\t-b \n c ") == std::vector<std::string>{"-a", "-b", "c"});
  CHECK(split_whitespace("\n").empty());
  CHECK(split_whitespace("").empty());
}

}  // namespace
}  // namespace judge
