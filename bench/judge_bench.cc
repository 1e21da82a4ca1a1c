// Per-test cost of `judge run` against bare fork+exec, measured in the same run.
//
// Builds a plain-folder problem with N tests (default 300) for a trivial static C program, then
//   - bare: posix_spawn + wait of the compiled program N times, stdin and stdout on files;
//   - judge: `judge run hello.c PROBLEM` (compile cache warmed first), once with all N tests and
//     once with one test; the per-test cost is (T(N) - T(1)) / (N - 1), which leaves out what a
//     judge run does once (start, problem loading, sandbox set-up, compile cache lookup).
// Prints both in ms per test and their ratio. Usage: judge_bench [N] [path/to/judge]
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
#include <numeric>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

extern char** environ;

namespace {

const char* kHello =
    "#include <stdio.h>\n"
    "int main(void) {\n"
    "  char word[64];\n"
    "  if (scanf(\"%63s\", word) == 1) printf(\"Hello %s\\n\", word);\n"
    "  return 0;\n"
    "}\n";

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Runs argv with stdin/stdout redirected (or inherited when empty); returns the exit status.
int spawn_and_wait(const std::vector<std::string>& args, const std::string& in,
                   const std::string& out) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (!in.empty()) posix_spawn_file_actions_addopen(&actions, 0, in.c_str(), O_RDONLY, 0);
  if (!out.empty()) {
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  }
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
    std::perror(argv[0]);
    std::exit(2);
  }
  posix_spawn_file_actions_destroy(&actions);
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  const int tests = argc > 1 ? std::atoi(argv[1]) : 300;
  const fs::path judge =
      argc > 2 ? fs::path(argv[2]) : fs::read_symlink("/proc/self/exe").parent_path() / "judge";
  if (tests < 2 || !fs::exists(judge)) {
    std::fprintf(stderr, "usage: judge_bench [N >= 2] [path/to/judge]\n");
    return 2;
  }
  char tmpl[] = "/tmp/judge-bench-XXXXXX";
  const fs::path dir = ::mkdtemp(tmpl);
  const fs::path problem = dir / "problem";
  fs::create_directories(problem);
  for (int i = 1; i <= tests; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "%03d", i);
    std::ofstream(problem / (std::string(name) + ".in")) << "world" << i << "\n";
    std::ofstream(problem / (std::string(name) + ".ans")) << "Hello world" << i << "\n";
  }
  std::ofstream(dir / "hello.c") << kHello;
  const std::string binary = (dir / "hello").string();
  if (spawn_and_wait({"/usr/bin/cc", "-O2", "-static", "-o", binary, (dir / "hello.c").string()},
                     "", "") != 0) {
    return 2;
  }

  std::vector<double> bare;
  for (int i = 1; i <= tests; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "%03d.in", i);
    const auto start = Clock::now();
    spawn_and_wait({binary}, (problem / name).string(), (dir / "out").string());
    bare.push_back(ms_since(start));
  }

  const std::string cache = "XDG_CACHE_HOME=" + (dir / "cache").string();
  ::putenv(const_cast<char*>(cache.c_str()));
  const std::vector<std::string> run = {judge.string(), "run", (dir / "hello.c").string(),
                                        problem.string(), "--json"};
  const std::string devnull = "/dev/null";
  spawn_and_wait(run, "", devnull);  // warms the compile cache
  auto start = Clock::now();
  const int status = spawn_and_wait(run, "", devnull);
  const double all_ms = ms_since(start);
  std::vector<std::string> one = run;
  one.insert(one.end(), {"--tests", "001"});
  start = Clock::now();
  spawn_and_wait(one, "", devnull);
  const double one_ms = ms_since(start);
  fs::remove_all(dir);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "judge run did not accept the trivial solution (status %d)\n", status);
    return 1;
  }

  const double bare_mean = std::accumulate(bare.begin(), bare.end(), 0.0) / tests;
  const double judge_per_test = (all_ms - one_ms) / (tests - 1);
  std::printf("tests: %d\n", tests);
  std::printf("bare fork+exec:  median %.3f ms, mean %.3f ms per test\n", median(bare), bare_mean);
  std::printf("judge run:       %.3f ms per test (%d tests in %.0f ms, 1 test in %.0f ms)\n",
              judge_per_test, tests, all_ms, one_ms);
  std::printf("ratio (judge per test / bare mean): %.2fx\n", judge_per_test / bare_mean);
  return 0;
}
