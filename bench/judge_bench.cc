// Per-test cost of `judge run` against bare fork+exec, measured in the same run.
//
// Builds a plain-folder problem with N tests (default 300) for a trivial static C program, then
//   - the floor: posix_spawn + wait of the compiled program N times, stdin and stdout on files
//     opened once beforehand (bare_spawn.h);
//   - judge: `judge run hello.c PROBLEM` (compile cache warmed first). The text report prints one
//     line per test as soon as it is judged; the time between two such lines is the cost of one
//     test (sandboxed run, output check, report), whose median is the headline figure. The mean
//     is (T(N) - T(1)) / (N - 1) from a run with all N tests and one with a single test, which
//     leaves out what a judge run does once (start, problem loading, sandbox set-up, compile
//     cache lookup).
// Prints both in ms per test and the ratio of the medians. Also the CPU time (user + system) per
// test of both: the floor's from wait4, the judge's as the difference of the CPU time of the whole
// judge process tree (the judge, its zygotes, inits and programs, all reaped below it) between the
// N-test and the 1-test run. Wall time hides work done on an idle core; CPU time does not, and it
// is what limits `-j` on a busy machine. Usage: judge_bench [N] [path/to/judge]
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
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

#include "bare_spawn.h"

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

// Runs argv with stdout on a pipe; returns the wall time (ms, from the start) at which each line
// arrived, and the exit status in *status.
std::vector<double> line_arrivals(const std::vector<std::string>& args, int* status) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) std::exit(2);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 1);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  const auto start = Clock::now();
  pid_t pid = 0;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) std::exit(2);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  std::vector<double> arrivals;
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(pipe_fds[0], buffer, sizeof buffer);
    if (n <= 0) break;
    const double now = ms_since(start);
    for (ssize_t i = 0; i < n; ++i) {
      if (buffer[i] == '\n') arrivals.push_back(now);
    }
  }
  ::close(pipe_fds[0]);
  waitpid(pid, status, 0);
  return arrivals;
}

// CPU time (user + system, ms) of every child process reaped so far, with their descendants.
double children_cpu_ms() {
  struct rusage usage {};
  ::getrusage(RUSAGE_CHILDREN, &usage);
  const auto ms = [](const timeval& t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
  return ms(usage.ru_utime) + ms(usage.ru_stime);
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

  // The floor: each test's input opened beforehand, the output file opened once (bare_spawn.h).
  std::vector<int> inputs;
  for (int i = 1; i <= tests; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "%03d.in", i);
    inputs.push_back(bench::open_input((problem / name).string()));
  }
  std::vector<double> bare;
  double bare_cpu_ms = 0;
  {
    const bench::BareSpawn bare_spawn((dir / "out").string());
    bare_spawn.run(binary, inputs.front());
    for (const int input_fd : inputs) {
      const auto start = Clock::now();
      bare_spawn.run(binary, input_fd, &bare_cpu_ms);
      bare.push_back(ms_since(start));
    }
  }
  for (const int input_fd : inputs) ::close(input_fd);

  const std::string cache = "XDG_CACHE_HOME=" + (dir / "cache").string();
  ::putenv(const_cast<char*>(cache.c_str()));
  const std::vector<std::string> run = {judge.string(), "run", (dir / "hello.c").string(),
                                        problem.string(), "--json"};
  const std::string devnull = "/dev/null";
  spawn_and_wait(run, "", devnull);  // warms the compile cache
  double cpu_before = children_cpu_ms();
  auto start = Clock::now();
  const int status = spawn_and_wait(run, "", devnull);
  const double all_ms = ms_since(start);
  const double all_cpu_ms = children_cpu_ms() - cpu_before;
  // Text report: a header line, "Compile: cached", one line per test, a summary line.
  int text_status = 0;
  const std::vector<double> lines = line_arrivals(
      {judge.string(), "run", (dir / "hello.c").string(), problem.string()}, &text_status);
  std::vector<std::string> one = run;
  one.insert(one.end(), {"--tests", "001"});
  cpu_before = children_cpu_ms();
  start = Clock::now();
  spawn_and_wait(one, "", devnull);
  const double one_ms = ms_since(start);
  const double one_cpu_ms = children_cpu_ms() - cpu_before;
  fs::remove_all(dir);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !WIFEXITED(text_status) ||
      WEXITSTATUS(text_status) != 0) {
    std::fprintf(stderr, "judge run did not accept the trivial solution (status %d, %d)\n", status,
                 text_status);
    return 1;
  }
  if (lines.size() < static_cast<std::size_t>(tests) + 2) {
    std::fprintf(stderr, "judge run printed %zu lines for %d tests\n", lines.size(), tests);
    return 1;
  }
  // Line 2 + i is test i (0-based): the gaps between tests 1..N-1 and their predecessors.
  std::vector<double> per_test;
  for (int i = 1; i < tests; ++i) per_test.push_back(lines[2 + i] - lines[1 + i]);

  const double bare_mean = std::accumulate(bare.begin(), bare.end(), 0.0) / tests;
  const double judge_mean = (all_ms - one_ms) / (tests - 1);
  std::printf("tests: %d\n", tests);
  std::printf(
      "floor (bare posix_spawn, files opened once): median %.3f ms, mean %.3f ms per test\n",
      median(bare), bare_mean);
  std::printf(
      "judge run:       median %.3f ms, mean %.3f ms per test (%d tests in %.0f ms, 1 in %.0f "
      "ms)\n",
      median(per_test), judge_mean, tests, all_ms, one_ms);
  std::printf("ratio (judge median / bare median): %.2fx\n", median(per_test) / median(bare));
  const double judge_cpu = (all_cpu_ms - one_cpu_ms) / (tests - 1);
  std::printf("CPU per test: floor %.3f ms, judge %.3f ms, ratio %.2fx\n", bare_cpu_ms / tests,
              judge_cpu, judge_cpu / (bare_cpu_ms / tests));
  return 0;
}
