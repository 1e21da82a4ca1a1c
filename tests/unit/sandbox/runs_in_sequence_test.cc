// Runs one after another, as the tests of one judge run are: the init of the next run is started
// while the current one goes on (see "Inits started ahead" in linux_sandbox.cc), and nothing of
// one run may reach the next.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "sandbox/sandbox.h"
#include "sandbox_fixture.h"

namespace fs = std::filesystem;
using namespace judge::sandbox;
using namespace sandbox_fixture;

namespace {

// Cgroup directories of this process's runs ("judge-<pid>-<n>"), in every hierarchy.
std::set<std::string> our_cgroups() {
  const std::string prefix = "judge-" + std::to_string(::getpid()) + "-";
  std::set<std::string> found;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator("/sys/fs/cgroup", ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_directory(ec) || it->is_symlink(ec)) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->path().filename().string().rfind(prefix, 0) == 0) found.insert(it->path());
    if (it.depth() >= 6) it.disable_recursion_pending();
  }
  return found;
}

}  // namespace

TEST_CASE("runs in a row each start from fresh mounts and a fresh pid namespace and cgroup",
          "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  // Fails if anything of an earlier run is visible; prints what must be the same every time.
  const std::string script =
      "test ! -e /box/left && test ! -e /tmp/left && test ! -e /dev/shm/left || exit 7; "
      "for p in /proc/[0-9]*; do cat $p/comm; done 2>/dev/null | grep -qx sleep && exit 8; "
      "touch /box/left /tmp/left; "
      "sleep 100 & "  // left running: the run's end kills it
      "echo $$; cat /proc/self/cgroup";
  std::set<std::string> outputs;
  for (int i = 0; i < 6; ++i) {
    const RunResult r = shared_sandbox()->run(shell(script, scratch));
    INFO("run " << i << ": " << r.setup_error << r.stderr_text);
    REQUIRE(r.termination == Termination::kExited);
    REQUIRE(r.exit_code == 0);
    outputs.insert(scratch.read("stdout"));
  }
  INFO(*outputs.begin());
  CHECK(outputs.size() == 1);  // the same pid, and the cgroup namespace's root: "/"
}

TEST_CASE("a file replaced on the host between runs is seen as it is at the run", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  const fs::path data = scratch.write("data", "first\n");
  RunSpec spec = shell("cat /box/data", scratch);
  spec.binds = {{data.string(), "/box/data", false}};
  for (const std::string content : {"first\n", "second\n", "third\n"}) {
    // A new inode each time (write elsewhere, rename over): a bind made ahead would miss it.
    const fs::path next = scratch.write("data.next", content);
    fs::rename(next, data);
    const RunResult r = shared_sandbox()->run(spec);
    INFO(r.setup_error << r.stderr_text);
    REQUIRE(r.termination == Termination::kExited);
    CHECK(scratch.read("stdout") == content);
  }
}

TEST_CASE("runs of different limits in turn each get their own", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  // 96 MiB: over the small limit, well under the large one.
  const fs::path touch = compile_c(scratch, "touch", R"(
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char** argv) {
  size_t bytes = strtoul(argv[1], 0, 10) << 20;  /* from argv: the compiler cannot drop it */
  char* p = malloc(bytes);
  if (!p) return 3;
  memset(p, 1, bytes);
  printf("%d\n", p[12345]);
  return 0;
}
)");
  // Twice the same limits starts the next run's init with those limits; a run with other limits
  // must not get it.
  const std::int64_t limits_mib[] = {256, 256, 48, 48, 256, 48};
  for (std::int64_t mib : limits_mib) {
    RunSpec spec = program(touch, scratch);
    spec.argv.push_back("96");
    spec.limits.memory_bytes = mib << 20;
    const RunResult r = shared_sandbox()->run(spec);
    INFO("limit " << mib << " MiB: " << r.setup_error << " exit " << r.exit_code);
    if (mib < 96) {
      CHECK(r.memory_limit_exceeded);
      CHECK(r.termination == Termination::kSignaled);
    } else {
      CHECK(r.termination == Termination::kExited);
      CHECK(r.exit_code == 0);
      CHECK(!r.memory_limit_exceeded);
    }
  }
}

TEST_CASE("a run that kills everything it can see does not touch the next run", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  // kill -1 reaches every process the program may signal; the next run's init, already started,
  // is in another pid namespace and must not be among them.
  const RunSpec killer = shell("kill -KILL -1; sleep 0.2; echo survived", scratch);
  for (int i = 0; i < 3; ++i) {
    const RunResult r = shared_sandbox()->run(killer);
    INFO(r.setup_error << r.stderr_text);
    CHECK(r.termination != Termination::kSetupFailed);
  }
  const RunResult next = shared_sandbox()->run(shell("echo next", scratch));
  INFO(next.setup_error << next.stderr_text);
  CHECK(next.termination == Termination::kExited);
  CHECK(scratch.read("stdout") == "next\n");
}

TEST_CASE("a sandbox destroyed between runs leaves no process and no cgroup", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  const auto children = [] {
    std::set<std::string> found;
    std::FILE* ps = ::popen(("ps -o pid= --ppid " + std::to_string(::getpid())).c_str(), "r");
    char line[64];
    while (ps != nullptr && std::fgets(line, sizeof line, ps) != nullptr) found.insert(line);
    if (ps != nullptr) ::pclose(ps);
    return found;
  };
  const std::set<std::string> before = children();
  const std::set<std::string> cgroups_before = our_cgroups();
  {
    std::unique_ptr<Sandbox> sandbox = make_sandbox({});
    for (int i = 0; i < 3; ++i) {  // from the second run on, the next run's init is started
      const RunResult r = sandbox->run(shell("true", scratch));
      REQUIRE(r.termination == Termination::kExited);
    }
  }
  CHECK(our_cgroups() == cgroups_before);
  std::set<std::string> after = children();
  for (const std::string& pid : before) after.erase(pid);
  for (const std::string& pid : after) {  // ps itself, when it is still listed
    std::ifstream comm("/proc/" + pid.substr(pid.find_first_not_of(' ')) + "/comm");
    std::string name;
    std::getline(comm, name);
    INFO("left: pid " << pid << " " << name);
    CHECK((name.empty() || name == "ps" || name == "sh"));
  }
}

TEST_CASE("a run's output file holds that run's output only even after a longer one", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  // The same output file for every run, as a judge gives every test of a run.
  const std::string outputs[] = {"a much longer first output\n", "short\n", ""};
  for (const std::string& output : outputs) {
    const RunResult r = shared_sandbox()->run(shell("printf %s '" + output + "'", scratch));
    INFO(r.setup_error << r.stderr_text);
    REQUIRE(r.termination == Termination::kExited);
    CHECK(scratch.read("stdout") == output);
  }
  scratch.write("stdout", "left from before\n");
  RunSpec missing = shell("true", scratch);
  missing.argv = {"/box/does-not-exist"};
  CHECK(shared_sandbox()->run(missing).termination == Termination::kSetupFailed);
  CHECK(scratch.read("stdout").empty());
}

TEST_CASE("every program may use every CPU the judge may", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  std::ifstream self("/proc/self/status");
  std::string line, judge_cpus;
  while (std::getline(self, line)) {
    if (line.rfind("Cpus_allowed_list:", 0) == 0) judge_cpus = line + "\n";
  }
  REQUIRE(!judge_cpus.empty());
  // Each run's init starts pinned to one CPU (the judge's); the program must not stay so.
  for (int i = 0; i < 4; ++i) {
    const RunResult r =
        shared_sandbox()->run(shell("grep '^Cpus_allowed_list:' /proc/self/status", scratch));
    INFO(r.setup_error << r.stderr_text);
    REQUIRE(r.termination == Termination::kExited);
    CHECK(scratch.read("stdout") == judge_cpus);
  }
}
