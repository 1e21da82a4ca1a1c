// Round trips per second of an interactive exchange through the sandbox (Sandbox::run_pair)
// against the cheapest honest baseline: the same two programs started bare with posix_spawn and
// connected by two plain pipes, measured in the same run.
//
// The programs are static C: "ask" writes a 2-byte question and reads the 2-byte reply, N times;
// "answer" echoes what it reads until EOF. One round trip = two writes and two reads, each a
// wake-up of the other process, which is what an interactive problem costs. Each way is measured
// `repeats` times (default 3) and the best is reported, so that a moment of load on a shared
// host does not decide the figure.
// Usage: interactive_bench [ROUND_TRIPS (default 1000000)] [REPEATS (default 3)]
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "sandbox/sandbox.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

const char* kAsk =
    "#include <stdlib.h>\n#include <unistd.h>\n"
    "int main(int argc, char** argv) { long n = atol(argv[1]); char b[16];\n"
    "  for (long i = 0; i < n; ++i) {\n"
    "    if (write(1, \"?\\n\", 2) != 2) return 1;\n"
    "    if (read(0, b, sizeof b) != 2) return 2;\n"
    "  }\n  return 0; }\n";
const char* kAnswer =
    "#include <unistd.h>\n"
    "int main(void) { char b[16]; ssize_t n;\n"
    "  while ((n = read(0, b, sizeof b)) > 0) if (write(1, b, n) != n) return 1;\n"
    "  return 0; }\n";

std::string build(const fs::path& dir, const std::string& name, const char* source) {
  std::ofstream(dir / (name + ".c")) << source;
  const std::string binary = (dir / name).string();
  const std::string cmd = "cc -O2 -static -o " + binary + " " + (dir / (name + ".c")).string();
  if (std::system(cmd.c_str()) != 0) std::exit(2);
  return binary;
}

pid_t spawn(const std::string& binary, const std::string& arg, int in, int out, int close1,
            int close2) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in, 0);
  posix_spawn_file_actions_adddup2(&actions, out, 1);
  posix_spawn_file_actions_addclose(&actions, close1);
  posix_spawn_file_actions_addclose(&actions, close2);
  char* argv[] = {const_cast<char*>(binary.c_str()), const_cast<char*>(arg.c_str()), nullptr};
  char* envp[] = {nullptr};
  pid_t pid = 0;
  if (posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv, envp) != 0) std::exit(2);
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

// Seconds for the whole exchange, from the start of both programs to the end of both.
double bare_exchange(const std::string& ask, const std::string& answer, long trips) {
  int ask_to_answer[2], answer_to_ask[2];
  if (::pipe2(ask_to_answer, O_CLOEXEC) != 0 || ::pipe2(answer_to_ask, O_CLOEXEC) != 0) {
    std::exit(2);
  }
  const auto start = Clock::now();
  const pid_t a = spawn(ask, std::to_string(trips), answer_to_ask[0], ask_to_answer[1],
                        ask_to_answer[0], answer_to_ask[1]);
  const pid_t b =
      spawn(answer, "", ask_to_answer[0], answer_to_ask[1], ask_to_answer[1], answer_to_ask[0]);
  for (int fd : {ask_to_answer[0], ask_to_answer[1], answer_to_ask[0], answer_to_ask[1]}) {
    ::close(fd);
  }
  int status_a = 0, status_b = 0;
  ::waitpid(a, &status_a, 0);
  ::waitpid(b, &status_b, 0);
  if (status_a != 0 || status_b != 0) {
    std::fprintf(stderr, "bare exchange failed\n");
    std::exit(1);
  }
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double sandboxed_exchange(judge::sandbox::Sandbox& sandbox, const std::string& ask,
                          const std::string& answer, long trips) {
  judge::sandbox::RunSpec a;
  a.argv = {"/box/ask", std::to_string(trips)};
  a.binds = {{ask, "/box/ask", false}};
  a.limits.cpu_time_ms = 600'000;
  a.limits.wall_time_ms = 1'200'000;
  a.limits.memory_bytes = 64ll << 20;
  judge::sandbox::RunSpec b = a;
  b.argv = {"/box/answer"};
  b.binds = {{answer, "/box/answer", false}};
  const auto start = Clock::now();
  const judge::sandbox::PairResult result = sandbox.run_pair(a, b, {{0}});
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  using judge::sandbox::Termination;
  if (result.a.termination != Termination::kExited || result.a.exit_code != 0 ||
      result.b.termination != Termination::kExited || result.b.exit_code != 0) {
    std::fprintf(stderr, "sandboxed exchange failed: %s %s\n", result.a.setup_error.c_str(),
                 result.b.setup_error.c_str());
    std::exit(1);
  }
  return seconds;
}

}  // namespace

int main(int argc, char** argv) {
  const long trips = argc > 1 ? std::atol(argv[1]) : 1'000'000;
  const int repeats = argc > 2 ? std::atoi(argv[2]) : 3;
  char tmpl[] = "/tmp/judge-interactive-bench-XXXXXX";
  const fs::path dir = ::mkdtemp(tmpl);
  fs::permissions(dir, fs::perms::owner_all | fs::perms::others_exec | fs::perms::group_exec);
  const std::string ask = build(dir, "ask", kAsk);
  const std::string answer = build(dir, "answer", kAnswer);

  std::unique_ptr<judge::sandbox::Sandbox> sandbox = judge::sandbox::make_sandbox({});
  sandboxed_exchange(*sandbox, ask, answer, 10);  // zygotes start once per judge run
  double bare = 1e300, sandboxed = 1e300;
  for (int i = 0; i < repeats; ++i) {
    bare = std::min(bare, bare_exchange(ask, answer, trips));
    sandboxed = std::min(sandboxed, sandboxed_exchange(*sandbox, ask, answer, trips));
  }
  const double n = static_cast<double>(trips);
  std::printf("round trips: %ld, best of %d, backend: %s\n", trips, repeats,
              sandbox->backend().c_str());
  std::printf("bare pipes:    %.3f s, %.0f round trips/s\n", bare, n / bare);
  std::printf("judge sandbox: %.3f s, %.0f round trips/s\n", sandboxed, n / sandboxed);
  std::printf("ratio (sandbox round trips/s / bare round trips/s): %.2f\n", bare / sandboxed);
  fs::remove_all(dir);
  return 0;
}
