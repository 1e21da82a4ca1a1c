#include "sandbox/run_plan.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace judge::sandbox {
namespace {

bool has_line(const std::vector<std::string>& plan, const std::string& line) {
  return std::find(plan.begin(), plan.end(), line) != plan.end();
}

TEST_CASE("effective_wall_time_ms resolves the default from the CPU limit", "[sandbox][plan]") {
  Limits limits;
  CHECK(effective_wall_time_ms(limits) == 0);  // neither set: unlimited
  limits.cpu_time_ms = 2000;
  CHECK(effective_wall_time_ms(limits) == 7000);
  CHECK(default_wall_time_ms(2000) == 6000);
  limits.wall_time_ms = 2500;
  CHECK(effective_wall_time_ms(limits) == 2500);
}

TEST_CASE("with_mounts_below lists the mounts below read-only paths after their parents",
          "[sandbox][plan]") {
  const std::vector<std::string> paths = {"/usr", "/lib", "/etc/R"};
  const std::vector<std::string> mounts = {"/",          "/usr/local/a/b", "/usr",
                                           "/usr/local", "/usrx/y",        "/lib/z",
                                           "/proc",      "/usr/local",     "/etc/Rx"};
  CHECK(with_mounts_below(paths, mounts) == std::vector<std::string>{"/usr", "/lib", "/etc/R",
                                                                     "/lib/z", "/usr/local",
                                                                     "/usr/local/a/b"});
  CHECK(with_mounts_below(paths, {}) == paths);
}

TEST_CASE("describe_run_plan shows every step with defaults resolved", "[sandbox][plan]") {
  RunSpec spec;
  spec.argv = {"/box/main", "--flag"};
  spec.env = {"HOME=/tmp"};
  spec.box_contents = "/staging/artifacts";
  spec.binds = {{"/staging/feedback", "/box/feedback", true}};
  spec.extra_readonly = {"/opt/jdk"};
  spec.stdin_path = "/p/1.in";
  spec.limits.cpu_time_ms = 1000;
  const std::vector<std::string> plan = describe_run_plan(spec);
  CHECK(plan.front() == "argv: /box/main --flag");
  CHECK(has_line(plan, "env: HOME=/tmp"));
  CHECK(has_line(plan, "bind /staging/feedback -> /box/feedback (writable)"));
  CHECK(has_line(plan, "stdin: /p/1.in"));
  CHECK(has_line(plan, "stdout: dropped"));
  CHECK(has_line(plan, "seccomp: seccomp/default.policy"));
  const auto readonly = std::find_if(plan.begin(), plan.end(), [](const std::string& line) {
    return line.rfind("read-only from the host", 0) == 0;
  });
  REQUIRE(readonly != plan.end());
  CHECK(readonly->find("/usr ") != std::string::npos);
  CHECK(readonly->ends_with(" /opt/jdk"));
  const auto limits = std::find_if(plan.begin(), plan.end(), [](const std::string& line) {
    return line.rfind("limits: ", 0) == 0;
  });
  REQUIRE(limits != plan.end());
  CHECK(limits->rfind("limits: cpu 1.00 s, wall 4.00 s, memory unlimited,", 0) == 0);
}

}  // namespace
}  // namespace judge::sandbox
