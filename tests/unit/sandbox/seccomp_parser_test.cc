// Policy text -> rules, and every way a policy file can be wrong.
#include "sandbox/seccomp_parser.h"

#include <sched.h>
#include <sys/socket.h>
#include <sys/syscall.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "sandbox/seccomp_names.h"
#include "sandbox/seccomp_policy.h"
#include "seccomp_test_child.h"
#include "util/error.h"

namespace judge::sandbox {
namespace {

const std::filesystem::path kFixtures =
    std::filesystem::path(JUDGE_TEST_FIXTURES) / "sandbox" / "seccomp";

// The ConfigError a policy text raises, as "field: message" ("" when it parses).
std::string parse_error(const std::string& text) {
  try {
    parse_policy(text, "test.policy");
  } catch (const ConfigError& e) {
    CHECK(e.file() == "test.policy");
    return e.field() + ": " + e.what();
  }
  return "";
}

TEST_CASE("a denylist policy parses into rules", "[seccomp]") {
  const Policy policy = parse_policy(
      "# comment line\n"
      "\n"
      "default allow   # trailing comment\n"
      "deny ptrace\n"
      "errno ENOSYS clone3\n"
      "deny clone arg0 & CLONE_NEWUSER|CLONE_NEWNS\n"
      "deny socket arg0 & LOW32 == AF_NETLINK\n"
      "deny kcmp arg2 == 0x10 and arg0 != 5\n"
      "deny open_tree_attr\n",
      "test.policy");
  CHECK(policy.default_allow);
  REQUIRE(policy.rules.size() == 6);

  CHECK(policy.rules[0].line == 4);
  CHECK(policy.rules[0].verb == PolicyVerb::kDeny);
  CHECK(policy.rules[0].syscall_nr == SYS_ptrace);
  CHECK(policy.rules[0].conditions.empty());

  CHECK(policy.rules[1].verb == PolicyVerb::kErrno);
  CHECK(policy.rules[1].errno_value == ENOSYS);
  CHECK(policy.rules[1].syscall_nr == SYS_clone3);

  REQUIRE(policy.rules[2].conditions.size() == 1);
  CHECK(policy.rules[2].conditions[0].compare == ArgCompare::kAnyBit);
  CHECK(policy.rules[2].conditions[0].mask == (CLONE_NEWUSER | CLONE_NEWNS));

  REQUIRE(policy.rules[3].conditions.size() == 1);
  CHECK(policy.rules[3].conditions[0].compare == ArgCompare::kMaskedEqual);
  CHECK(policy.rules[3].conditions[0].mask == 0xffffffffULL);
  CHECK(policy.rules[3].conditions[0].value == AF_NETLINK);

  REQUIRE(policy.rules[4].conditions.size() == 2);
  CHECK(policy.rules[4].conditions[0].arg == 2);
  CHECK(policy.rules[4].conditions[0].compare == ArgCompare::kEqual);
  CHECK(policy.rules[4].conditions[0].value == 16);
  CHECK(policy.rules[4].conditions[1].arg == 0);
  CHECK(policy.rules[4].conditions[1].compare == ArgCompare::kNotEqual);
  CHECK(policy.rules[4].conditions[1].value == 5);

  // Newer than libseccomp 2.5.4's table; resolved through our own.
  CHECK(policy.rules[5].syscall_nr == 467);
}

TEST_CASE("an allowlist policy parses", "[seccomp]") {
  const Policy policy = parse_policy("default deny\nallow read\nerrno EPERM getppid\n", "t");
  CHECK_FALSE(policy.default_allow);
  REQUIRE(policy.rules.size() == 2);
  CHECK(policy.rules[0].verb == PolicyVerb::kAllow);
  CHECK(policy.rules[1].errno_value == EPERM);
}

TEST_CASE("policy errors name the line and what is wrong", "[seccomp]") {
  CHECK_THAT(parse_error("default allow\ndeny frobnicate\n"),
             Catch::StartsWith("line 2: ") && Catch::Contains("unknown syscall 'frobnicate'"));
  CHECK_THAT(parse_error("default allow\n\ndeny socket arg0 == AF_NOPE\n"),
             Catch::StartsWith("line 3: ") && Catch::Contains("unknown constant 'AF_NOPE'"));
  CHECK_THAT(parse_error("default allow\nforbid ptrace\n"),
             Catch::StartsWith("line 2: ") && Catch::Contains("unknown verb 'forbid'"));
  CHECK_THAT(parse_error("default allow\ndeny socket arg0==16\n"),
             Catch::StartsWith("line 2: ") && Catch::Contains("bad condition 'arg0==16'"));
  CHECK_THAT(parse_error("default allow\ndeny socket arg6 == 1\n"),
             Catch::Contains("bad condition 'arg6'"));
  CHECK_THAT(parse_error("default allow\ndeny socket arg0 < 1\n"),
             Catch::Contains("bad operator '<'"));
  CHECK_THAT(parse_error("default allow\ndeny socket arg0 ==\n"),
             Catch::Contains("expected the value to compare with at the end of the line"));
  CHECK_THAT(parse_error("default allow\ndeny socket arg0 == 1 arg1 == 2\n"),
             Catch::Contains("expected 'and' between conditions"));
  CHECK_THAT(parse_error("default allow\ndeny personality arg0 != 0 and arg0 != 1\n"),
             Catch::Contains("arg0 is compared twice"));
  CHECK_THAT(parse_error("default allow\ndeny socket arg0 & 0\n"), Catch::Contains("mask 0"));
  CHECK_THAT(parse_error("default allow\ndeny socket arg0 & 0xf == 0x10\n"),
             Catch::Contains("bits outside the mask"));
  CHECK_THAT(parse_error("default allow\nerrno ENOPE clone3\n"), Catch::Contains("bad errno"));
  CHECK_THAT(parse_error("default allow\nerrno 0 clone3\n"), Catch::Contains("bad errno '0'"));
  CHECK_THAT(parse_error("default allow\nallow read\n"),
             Catch::StartsWith("line 2: ") && Catch::Contains("redundant"));
  CHECK_THAT(parse_error("default deny\ndeny read\n"), Catch::Contains("redundant"));
}

TEST_CASE("'not in' parses a sorted allowlist of values", "[seccomp]") {
  const Policy policy = parse_policy(
      "default allow\n"
      "deny socketpair arg0 not in AF_INET6,AF_UNIX,AF_INET and arg1 == 1\n",
      "t");
  REQUIRE(policy.rules.size() == 1);
  REQUIRE(policy.rules[0].conditions.size() == 2);
  const ArgCondition& family = policy.rules[0].conditions[0];
  CHECK(family.compare == ArgCompare::kNotIn);
  CHECK(family.allowed == std::vector<std::uint64_t>{AF_UNIX, AF_INET, AF_INET6});
  CHECK_THAT(parse_error("default allow\ndeny socket arg0 not AF_UNIX\n"),
             Catch::Contains("expected 'not in'"));
  CHECK_THAT(parse_error("default allow\ndeny socket arg0 not in\n"),
             Catch::Contains("allowed values after 'not in'"));
  CHECK_THAT(parse_error("default allow\ndeny socket arg0 not in 1,,2\n"),
             Catch::Contains("unknown constant ''"));
  CHECK_THAT(parse_error("default allow\ndeny socket arg0 not in 1,AF_UNIX\n"),
             Catch::Contains("appears twice"));
  CHECK_THAT(parse_error("default allow\ndeny socket arg0 not in 1,1000\n"),
             Catch::Contains("more than 256 values"));
  CHECK(parse_error("default allow\ndeny socket arg0 not in 0,257\n").empty());
}

TEST_CASE("'not in' denies every value but the listed ones, all 64 bits compared", "[seccomp]") {
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("judge-not-in-" + std::to_string(getpid()));
  {
    std::ofstream out(file);
    out << "default allow\ndeny socketpair arg0 not in AF_UNIX,AF_INET,AF_INET6\n";
  }
  const SeccompProgram program = compile_policy(file, DenyAction::kKillProcess);
  std::filesystem::remove(file);
  using testing::run_filtered;
  const auto pair_of = [](long family) {
    int fds[2];
    return syscall(SYS_socketpair, family, SOCK_STREAM, 0, fds) == 0 ? 0 : 1;
  };
  CHECK(run_filtered(&program, [&] { return pair_of(AF_UNIX); }).describe() == "exited with 0");
  // AF_INET pairs are refused by the kernel (EOPNOTSUPP), not by the filter.
  CHECK(run_filtered(&program, [&] { return pair_of(AF_INET); }).describe() == "exited with 1");
  for (const long family : {0L, 3L, 9L, 11L, long{AF_TIPC}, 0x100000001L}) {
    INFO("family " << family);
    CHECK(run_filtered(&program, [&] { return pair_of(family); }).killed_by_seccomp());
  }
}

TEST_CASE("the default line is required, first and unique", "[seccomp]") {
  CHECK_THAT(parse_error("deny ptrace\ndefault allow\n"),
             Catch::StartsWith("line 1: ") && Catch::Contains("first rule must be"));
  CHECK_THAT(parse_error("default allow\ndefault deny\n"),
             Catch::StartsWith("line 2: ") && Catch::Contains("second 'default'"));
  CHECK_THAT(parse_error("default maybe\n"), Catch::Contains("'default allow' or 'default deny'"));
  CHECK_THAT(parse_error("default allow please\n"), Catch::Contains("unexpected text"));
  CHECK_THAT(parse_error("# only a comment\n"), Catch::Contains("empty policy"));
}

TEST_CASE("compile_policy reports bad policy files with file and line", "[seccomp]") {
  const auto error_of = [](const std::string& fixture) -> std::string {
    try {
      compile_policy(kFixtures / fixture, DenyAction::kKillProcess);
    } catch (const ConfigError& e) {
      CHECK(e.file() == (kFixtures / fixture).string());
      return e.what();
    }
    return "";
  };
  CHECK_THAT(error_of("unknown_syscall.policy"),
             Catch::Contains("unknown_syscall.policy: line 4: unknown syscall 'frobnicate'"));
  CHECK_THAT(error_of("unknown_constant.policy"),
             Catch::Contains("unknown_constant.policy: line 3: unknown constant "
                             "'AF_CARRIER_PIGEON'"));
  CHECK_THAT(error_of("bad_line.policy"),
             Catch::Contains("bad_line.policy: line 5: bad condition 'arg0==16'"));
  CHECK_THAT(error_of("does_not_exist.policy"), Catch::Contains("cannot read"));
}

TEST_CASE("an allowlist policy compiles and enforces its default deny", "[seccomp]") {
  const SeccompProgram program =
      compile_policy(kFixtures / "allowlist.policy", DenyAction::kKillProcess);
  using testing::run_filtered;
  CHECK(run_filtered(&program, [] { return getpid() > 0 ? 0 : 1; }).describe() == "exited with 0");
  CHECK(run_filtered(&program, [] {
          return syscall(SYS_getppid) == -1 && errno == EPERM ? 0 : 1;
        }).describe() == "exited with 0");
  CHECK(run_filtered(&program, [] { return syscall(SYS_gettid) > 0 ? 0 : 1; }).killed_by_seccomp());
}

TEST_CASE("policy_path finds data files and rejects other names", "[seccomp]") {
  CHECK(policy_path("default").filename() == "default.policy");
  CHECK(std::filesystem::exists(policy_path("default")));
  CHECK_THROWS_AS(policy_path("no-such-policy"), ConfigError);
  CHECK_THROWS_AS(policy_path("../default"), ConfigError);
  CHECK_THROWS_AS(policy_path(""), ConfigError);
}

TEST_CASE("syscall_name names native syscalls, newer ones and unknown numbers", "[seccomp]") {
  CHECK(syscall_name(SYS_ptrace) == "ptrace");
  CHECK(syscall_name(SYS_clone3) == "clone3");
  CHECK(syscall_name(467) == "open_tree_attr");
  CHECK(syscall_name(99999) == "syscall 99999");
  CHECK(syscall_name(-1) == "syscall -1");
  for (int nr = 0; nr < 470; ++nr) {
    // Every name we produce resolves back to the same number.
    if (const std::optional<std::string> name = seccomp_syscall_name(nr)) {
      CAPTURE(nr, *name);
      CHECK(seccomp_syscall_number(*name) == nr);
    }
  }
}

}  // namespace
}  // namespace judge::sandbox
