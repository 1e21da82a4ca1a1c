// The real sandbox on this machine's kernel: isolation, limits and measurement.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "sandbox/sandbox.h"
#include "sandbox_fixture.h"
#include "util/error.h"

namespace fs = std::filesystem;
using namespace judge::sandbox;
using namespace sandbox_fixture;

namespace {

const char* kBurnCpu = R"(
#include <stdlib.h>
#include <time.h>
int main(int argc, char** argv) {
  long ms = atol(argv[1]);
  struct timespec ts;
  volatile unsigned long x = 0;
  for (;;) {
    for (int i = 0; i < 100000; ++i) x += i;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    if (ts.tv_sec * 1000 + ts.tv_nsec / 1000000 >= ms) return 0;
  }
}
)";

const char* kTouchMemory = R"(
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
int main(int argc, char** argv) {
  size_t mib = strtoul(argv[1], 0, 10);
  char* p = malloc(mib << 20);
  if (!p) return 3;
  memset(p, 1, mib << 20);
  printf("%d\n", p[12345]);
  return 0;
}
)";

}  // namespace

TEST_CASE("a program runs as an unprivileged user with nothing of the host", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  RunSpec spec = shell(
      "id -u; id -g; grep -E '^(CapEff|CapBnd|NoNewPrivs|Seccomp):' /proc/self/status;"
      "test -e /etc/shadow && echo SHADOW; test -e /work && echo WORK; test -e /root && echo ROOT;"
      "ls /.host 2>/dev/null | head -1; touch /usr/x 2>/dev/null && echo USR_WRITABLE;"
      "touch /box/x && echo BOX_OK; touch /tmp/x && echo TMP_OK; echo $HOME; ls /proc | grep -c "
      "'^[0-9]'",
      scratch);
  const RunResult r = shared_sandbox()->run(spec);
  INFO(r.setup_error << r.stderr_text);
  REQUIRE(r.termination == Termination::kExited);
  CHECK(r.exit_code == 0);
  const std::string out = scratch.read("stdout");
  CHECK(out.find("1000\n1000\n") == 0);
  CHECK(out.find("CapEff:\t0000000000000000") != std::string::npos);
  CHECK(out.find("CapBnd:\t0000000000000000") != std::string::npos);
  CHECK(out.find("NoNewPrivs:\t1") != std::string::npos);
  CHECK(out.find("Seccomp:\t2") != std::string::npos);
  CHECK(out.find("SHADOW") == std::string::npos);
  CHECK(out.find("WORK") == std::string::npos);
  CHECK(out.find("ROOT") == std::string::npos);
  CHECK(out.find("USR_WRITABLE") == std::string::npos);
  CHECK(out.find("BOX_OK") != std::string::npos);
  CHECK(out.find("TMP_OK") != std::string::npos);
  CHECK(out.find("\n\n") != std::string::npos);  // HOME is not inherited
}

TEST_CASE("the environment is only what the run spec sets", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  ::setenv("JUDGE_TEST_SECRET", "leak", 1);
  RunSpec spec = shell("env", scratch);
  spec.env = {"PATH=/usr/bin:/bin", "ONLY=this"};
  const RunResult r = shared_sandbox()->run(spec);
  REQUIRE(r.termination == Termination::kExited);
  const std::string out = scratch.read("stdout");
  CHECK(out.find("ONLY=this") != std::string::npos);
  CHECK(out.find("JUDGE_TEST_SECRET") == std::string::npos);
}

TEST_CASE("no descriptor of the judge leaks into the program", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  const int leaked = ::open("/etc/hostname", O_RDONLY);  // deliberately not O_CLOEXEC
  REQUIRE(leaked >= 0);
  const RunResult r = shared_sandbox()->run(shell("ls /proc/self/fd | tr '\\n' ' '", scratch));
  ::close(leaked);
  REQUIRE(r.termination == Termination::kExited);
  // 0, 1, 2, and the descriptor ls opens to read the directory.
  CHECK(scratch.read("stdout") == "0 1 2 3 ");
}

TEST_CASE("stdin comes from the given file, stdout and stderr are captured", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  RunSpec spec = shell("cat; echo to-stderr >&2", scratch);
  spec.stdin_path = scratch.write("input", "some input\n").string();
  const RunResult r = shared_sandbox()->run(spec);
  REQUIRE(r.termination == Termination::kExited);
  CHECK(scratch.read("stdout") == "some input\n");
  CHECK(r.stderr_text == "to-stderr\n");
  CHECK(r.stdout_bytes == 11);
}

TEST_CASE("binds: read-only files, writable directories", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  const fs::path data = scratch.write("data", "payload\n");
  fs::create_directory(scratch.dir / "out");
  fs::create_directory(scratch.dir / "out.work");
  if (::geteuid() == 0) {
    REQUIRE(::chown((scratch.dir / "out").c_str(), shared_sandbox()->sandbox_uid(),
                    shared_sandbox()->sandbox_gid()) == 0);
  }
  RunSpec spec = shell(
      "cat /box/data; echo x >> /box/data 2>/dev/null && echo DATA_WRITABLE; echo result > "
      "/box/out/file",
      scratch);
  spec.binds = {
      {data.string(), "/box/data", false},
      {(scratch.dir / "out").string(), "/box/out", true, (scratch.dir / "out.work").string()}};
  const RunResult r = shared_sandbox()->run(spec);
  INFO(r.setup_error << r.stderr_text);
  REQUIRE(r.termination == Termination::kExited);
  CHECK(scratch.read("stdout") == "payload\n");
  CHECK(scratch.read("out/file") == "result\n");
  CHECK(scratch.read("data") == "payload\n");
}

TEST_CASE("the network has no usable interface", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  RunSpec spec;
  spec.argv = {"/usr/bin/python3", "-c",
               "import socket\n"
               "s = socket.socket()\n"
               "s.settimeout(2)\n"
               "try:\n"
               "  s.connect(('127.0.0.1', 22)); print('CONNECTED')\n"
               "except OSError as e: print('refused', e.errno)\n"};
  spec.stdout_path = (scratch.dir / "stdout").string();
  spec.limits.cpu_time_ms = roomy_cpu_ms();  // Python's start-up, even under emulation
  const RunResult r = shared_sandbox()->run(spec);
  INFO(r.setup_error << r.stderr_text << " cpu " << r.cpu_time_us << " us"
                     << (r.cpu_limit_exceeded ? " (CPU limit)" : "")
                     << (r.wall_limit_exceeded ? " (wall limit)" : ""));
  REQUIRE(r.termination == Termination::kExited);
  CHECK(scratch.read("stdout").find("refused") == 0);
}

TEST_CASE("CPU time of a busy program is measured within 5%", "[sandbox][measure]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  RunSpec spec = program(compile_c(scratch, "burn", kBurnCpu), scratch);
  spec.argv.push_back("500");
  const RunResult r = shared_sandbox()->run(spec);
  REQUIRE(r.termination == Termination::kExited);
  CHECK(r.cpu_time_us > 475000);
  CHECK(r.cpu_time_us < 525000);
  CHECK_FALSE(r.cpu_limit_exceeded);
}

TEST_CASE("peak memory of a program touching 100 MiB is measured within 5%", "[sandbox][measure]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  RunSpec spec = program(compile_c(scratch, "touch", kTouchMemory), scratch);
  spec.argv.push_back("100");
  const RunResult r = shared_sandbox()->run(spec);
  REQUIRE(r.termination == Termination::kExited);
  CHECK(r.exit_code == 0);
  CHECK(r.peak_memory_bytes > 95ll * 1024 * 1024);
  CHECK(r.peak_memory_bytes < 105ll * 1024 * 1024);
}

TEST_CASE("a program at half the time limit never exceeds it, at twice, always",
          "[sandbox][measure]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  const fs::path burn = compile_c(scratch, "burn", kBurnCpu);
  RunSpec half = program(burn, scratch);
  half.argv.push_back("100");
  half.limits.cpu_time_ms = 200;
  RunSpec twice = half;
  twice.argv.back() = "400";
  for (int i = 0; i < 50; ++i) {
    const RunResult r = shared_sandbox()->run(half);
    REQUIRE(r.termination == Termination::kExited);
    REQUIRE_FALSE(r.cpu_limit_exceeded);
    REQUIRE_FALSE(r.wall_limit_exceeded);
  }
  std::vector<std::int64_t> overshoot_us;
  for (int i = 0; i < 50; ++i) {
    const RunResult r = shared_sandbox()->run(twice);
    REQUIRE((r.cpu_limit_exceeded || r.wall_limit_exceeded));
    if (r.backend != "rlimit") overshoot_us.push_back(r.cpu_time_us - 200000);
  }
  if (!overshoot_us.empty()) {
    // Stopped within 10 ms of the limit as a rule; a run now and then overshoots further when the
    // host does not schedule the judge for a while (a shared machine), never by much.
    std::sort(overshoot_us.begin(), overshoot_us.end());
    INFO("overshoot in us, sorted: " << join_numbers(overshoot_us));
    CHECK(overshoot_us[overshoot_us.size() * 9 / 10] < 10000);
    CHECK(overshoot_us.back() < 50000);
  }
}

TEST_CASE("the wall limit ends a sleeping program", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  RunSpec spec = shell("sleep 100", scratch);
  spec.limits.cpu_time_ms = 100;
  spec.limits.wall_time_ms = 300;
  const RunResult r = shared_sandbox()->run(spec);
  CHECK(r.wall_limit_exceeded);
  CHECK(r.wall_time_us < 2000000);
}

TEST_CASE("the memory limit holds and an OOM kill is reported", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  RunSpec spec = program(compile_c(scratch, "touch", kTouchMemory), scratch);
  spec.argv.push_back("300");
  spec.limits.memory_bytes = 64ll << 20;
  const RunResult r = shared_sandbox()->run(spec);
  const bool failed = r.termination == Termination::kSignaled ||
                      (r.termination == Termination::kExited && r.exit_code != 0);
  CHECK(failed);
  if (r.backend != "rlimit") {
    CHECK(r.memory_limit_exceeded);
    CHECK(r.peak_memory_bytes >= 60ll << 20);
    CHECK(r.peak_memory_bytes <= 70ll << 20);
  }
}

TEST_CASE("output beyond the output limit stops the run", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  RunSpec spec = shell("yes 0123456789012345678901234567890123456789", scratch);
  spec.limits.output_bytes = 1 << 20;
  const RunResult r = shared_sandbox()->run(spec);
  CHECK(r.output_limit_exceeded);
  CHECK(fs::file_size(scratch.dir / "stdout") == 1u << 20);
}

TEST_CASE("a forbidden system call is named", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  RunSpec spec;
  spec.argv = {"/usr/bin/python3", "-c",
               "import ctypes; ctypes.CDLL(None).ptrace(0, 0, 0, 0); print('NOT STOPPED')"};
  spec.stdout_path = (scratch.dir / "stdout").string();
  spec.limits.cpu_time_ms = 5000;
  const RunResult r = shared_sandbox()->run(spec);
  CHECK(r.blocked_syscall == "ptrace");
  CHECK(r.termination == Termination::kSignaled);
  CHECK(scratch.read("stdout").empty());
}

TEST_CASE("a fork bomb is contained by the process limit", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  RunSpec spec = program(compile_c(scratch, "forkbomb", R"(
#include <unistd.h>
int main(void) { for (;;) fork(); }
)"),
                         scratch);
  spec.limits.cpu_time_ms = 1000;
  spec.limits.wall_time_ms = 2000;
  spec.limits.max_processes = 16;
  const RunResult r = shared_sandbox()->run(spec);
  CHECK(r.termination == Termination::kSignaled);
  if (r.backend != "rlimit") CHECK(r.process_limit_hit);
}

TEST_CASE("processes left running when the program ends are killed", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  const std::string marker = "orphan-marker-" + std::to_string(::getpid());
  // The orphan is a shell named by the marker ($0), detached into its own session.
  RunSpec spec = shell("(setsid sh -c 'sleep 1000' " + marker + " &); sleep 0.1", scratch);
  const RunResult r = shared_sandbox()->run(spec);
  INFO(r.setup_error << r.stderr_text);
  CHECK(r.termination == Termination::kExited);
  ::usleep(100000);
  // "[o]rphan" matches the orphan's argv but not this pgrep's own command line.
  const std::string check = "pgrep -f '[o]" + marker.substr(1) + "' > /dev/null";
  CHECK(std::system(check.c_str()) != 0);
}

TEST_CASE("a missing program is a setup failure, not a verdict", "[sandbox]") {
  REQUIRE_SANDBOX();
  Scratch scratch;
  RunSpec spec;
  spec.argv = {"/box/does-not-exist"};
  const RunResult r = shared_sandbox()->run(spec);
  CHECK(r.termination == Termination::kSetupFailed);
  CHECK(r.setup_error.find("execve(/box/does-not-exist)") != std::string::npos);
}
