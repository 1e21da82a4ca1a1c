// Throughput of parallel runs (judge run -j N) against bare fork+exec in parallel, and what
// parallelism does to each run's figures, measured in the same process.
//
// The program is a static C program doing a fixed amount of work (about 40 ms of arithmetic on
// 16 MiB it touches), so that a test is mostly the program and the cores are what runs it. For
// J = 1, 2 and the number of physical cores (judge/parallel/cpu_topology.h):
//   - the floor: J threads, each pinned to one core slot, each running its share of the N runs
//     with bare posix_spawn + wait4 (stdin and stdout files opened once, as bare_spawn.h);
//   - the judge: the same N runs through parallel::run_in_order, each worker with its own
//     sandbox pinned to its slot: what `judge run -j J` does per test, minus output checking.
// Prints tests per second of both and their ratio, the judge's speedup over J = 1, and the mean
// per-run CPU time and peak memory (from the cgroup) at J against J = 1, in %, and the floor's own
// per-run CPU time at J against J = 1 (wait4), which is what the cores themselves do to a
// program's speed when all are busy (shared caches, memory bandwidth). Each figure is
// the median of R rounds, with the spread (min..max).
// Usage: parallel_bench [N_TESTS] [ROUNDS]   (needs cc)
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

#include "bare_spawn.h"
#include "judge/parallel/cpu_topology.h"
#include "judge/parallel/pool.h"
#include "sandbox/sandbox.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

const char* kWork =
    "#include <stdio.h>\n"
    "#include <stdlib.h>\n"
    "#include <string.h>\n"
    "int main(void) {\n"
    "  size_t n = 16u << 20;\n"
    "  unsigned char* a = malloc(n);\n"
    "  memset(a, 1, n);\n"
    "  unsigned long s = 0;\n"
    "  for (int round = 0; round < 12; ++round)\n"
    "    for (size_t i = 0; i < n; i += 8) s = s * 31 + a[i] + (s >> 7);\n"
    "  printf(\"%lu\\n\", s);\n"
    "  return 0;\n"
    "}\n";

struct Round {
  double tests_per_second = 0;
  double mean_cpu_ms = 0;
  double mean_memory_mib = 0;
};

struct Figures {
  std::vector<double> bare, bare_cpu_ms, judge, cpu_ms, memory_mib;
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

std::string spread(const std::vector<double>& v) {
  char text[64];
  std::snprintf(text, sizeof text, "%.1f..%.1f", *std::min_element(v.begin(), v.end()),
                *std::max_element(v.begin(), v.end()));
  return text;
}

void pin_thread(int cpu) {
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(cpu, &one);
  ::pthread_setaffinity_np(::pthread_self(), sizeof one, &one);
}

// J threads on the first J slots share `tests` bare runs: tests per second and the mean CPU time
// of a run (what the hardware alone does to a program's CPU time when the cores are all busy).
Round bare_round(const std::string& binary, const std::string& input, const fs::path& dir,
                 const std::vector<int>& slots, unsigned jobs, int tests) {
  std::atomic<int> next{0};
  std::vector<double> cpu_ms(jobs, 0.0);
  std::vector<std::thread> threads;
  const auto start = Clock::now();
  for (unsigned t = 0; t < jobs; ++t) {
    threads.emplace_back([&, t] {
      pin_thread(slots[t]);
      const bench::BareSpawn spawn((dir / ("bare-output-" + std::to_string(t))).string());
      const int input_fd = bench::open_input(input);
      while (next++ < tests) {
        if (spawn.run(binary, input_fd, &cpu_ms[t]) != 0) std::exit(1);
      }
      ::close(input_fd);
    });
  }
  for (std::thread& thread : threads) thread.join();
  Round round;
  round.tests_per_second = tests / std::chrono::duration<double>(Clock::now() - start).count();
  round.mean_cpu_ms = std::accumulate(cpu_ms.begin(), cpu_ms.end(), 0.0) / tests;
  return round;
}

// The same runs through the pool and per-worker pinned sandboxes. Each worker first makes its
// sandbox and runs once (as a judge run starts its zygote once, before its tests), then waits for
// the others: the clock starts when all are ready. The sandboxes live only during the call, as in
// `judge run -j`: a zygote is a child of the worker thread that made it and dies with it.
Round judge_round(const judge::sandbox::RunSpec& base, const fs::path& dir,
                  judge::parallel::CpuSlots& slots, unsigned jobs, int tests) {
  std::vector<std::unique_ptr<judge::sandbox::Sandbox>> sandboxes(jobs);
  std::vector<judge::sandbox::RunResult> results(static_cast<std::size_t>(tests));
  Clock::time_point start;
  std::barrier ready(static_cast<std::ptrdiff_t>(jobs), [&]() noexcept { start = Clock::now(); });
  const auto work = [&](std::size_t item, const judge::parallel::Worker& worker) {
    auto& sandbox = sandboxes[worker.index];
    judge::sandbox::RunSpec spec = base;
    spec.stdout_path = (dir / ("output-" + std::to_string(worker.index))).string();
    if (item < jobs) {  // one warm-up item per worker: it blocks here until all have theirs
      judge::sandbox::SandboxOptions options;
      options.cpu = worker.cpu;
      sandbox = judge::sandbox::make_sandbox(options);
      sandbox->run(spec);
      ready.arrive_and_wait();
      return;
    }
    results[item - jobs] = sandbox->run(spec);
  };
  judge::parallel::run_in_order(static_cast<std::size_t>(tests) + jobs, jobs, slots, work,
                                [](std::size_t) { return true; });
  Round round;
  round.tests_per_second = tests / std::chrono::duration<double>(Clock::now() - start).count();
  for (const auto& result : results) {
    if (result.termination != judge::sandbox::Termination::kExited || result.exit_code != 0) {
      std::fprintf(stderr, "sandboxed run failed: %s %s\n", result.setup_error.c_str(),
                   result.stderr_text.c_str());
      std::exit(1);
    }
    round.mean_cpu_ms += static_cast<double>(result.cpu_time_us) / 1000.0 / tests;
    round.mean_memory_mib += static_cast<double>(result.peak_memory_bytes) / (1 << 20) / tests;
  }
  return round;
}

}  // namespace

int main(int argc, char** argv) {
  const int tests = argc > 1 ? std::atoi(argv[1]) : 40;
  const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
  char tmpl[] = "/tmp/judge-parallel-bench-XXXXXX";
  const fs::path dir = ::mkdtemp(tmpl);
  fs::permissions(dir, fs::perms::owner_all | fs::perms::others_exec | fs::perms::group_exec);
  std::ofstream(dir / "work.c") << kWork;
  std::ofstream(dir / "input") << "\n";
  const std::string binary = (dir / "work").string();
  const std::string cmd = "cc -O2 -static -o " + binary + " " + (dir / "work.c").string();
  if (std::system(cmd.c_str()) != 0) return 2;
  fs::permissions(dir / "input", fs::perms::owner_read | fs::perms::others_read);
  const std::string input = (dir / "input").string();

  const std::vector<int> cores = judge::parallel::host_core_cpus();
  judge::parallel::CpuSlots slots(cores);
  std::vector<unsigned> job_counts = {1};
  if (cores.size() >= 2) job_counts.push_back(2);
  if (cores.size() > 2) job_counts.push_back(static_cast<unsigned>(cores.size()));

  judge::sandbox::RunSpec spec;
  spec.argv = {"/box/work"};
  spec.binds = {{binary, "/box/work", false}};
  spec.stdin_path = input;
  spec.limits.cpu_time_ms = 5000;
  spec.limits.memory_bytes = 256ll << 20;

  std::vector<Figures> figures(job_counts.size());
  for (int r = 0; r < rounds; ++r) {
    // Interleaved, so a change of the machine's load hits every J alike.
    for (std::size_t j = 0; j < job_counts.size(); ++j) {
      const Round bare = bare_round(binary, input, dir, cores, job_counts[j], tests);
      figures[j].bare.push_back(bare.tests_per_second);
      figures[j].bare_cpu_ms.push_back(bare.mean_cpu_ms);
      const Round round = judge_round(spec, dir, slots, job_counts[j], tests);
      figures[j].judge.push_back(round.tests_per_second);
      figures[j].cpu_ms.push_back(round.mean_cpu_ms);
      figures[j].memory_mib.push_back(round.mean_memory_mib);
    }
  }

  std::printf("tests: %d per round, rounds: %d, physical cores: %zu, medians (min..max)\n", tests,
              rounds, cores.size());
  const double judge_one = median(figures[0].judge);
  const double cpu_one = median(figures[0].cpu_ms);
  const double bare_cpu_one = median(figures[0].bare_cpu_ms);
  const double memory_one = median(figures[0].memory_mib);
  for (std::size_t j = 0; j < job_counts.size(); ++j) {
    const Figures& f = figures[j];
    std::printf(
        "-j %u: floor (bare posix_spawn, pinned) %.1f tests/s (%s); judge %.1f tests/s "
        "(%s); floor/judge %.2fx; judge speedup over -j 1 %.2fx\n",
        job_counts[j], median(f.bare), spread(f.bare).c_str(), median(f.judge),
        spread(f.judge).c_str(), median(f.bare) / median(f.judge), median(f.judge) / judge_one);
    std::printf(
        "      per-test CPU %.2f ms (%s), %+.1f %% vs -j 1; peak memory %.2f MiB (%s), "
        "%+.1f %% vs -j 1\n",
        median(f.cpu_ms), spread(f.cpu_ms).c_str(), (median(f.cpu_ms) / cpu_one - 1) * 100,
        median(f.memory_mib), spread(f.memory_mib).c_str(),
        (median(f.memory_mib) / memory_one - 1) * 100);
    std::printf("      floor per-test CPU %.2f ms (%s), %+.1f %% vs -j 1\n", median(f.bare_cpu_ms),
                spread(f.bare_cpu_ms).c_str(), (median(f.bare_cpu_ms) / bare_cpu_one - 1) * 100);
  }
  fs::remove_all(dir);
  return 0;
}
