// Per-run cost of the sandbox against bare fork+exec, measured in the same process.
//
// Runs a trivial static C program N times (default 300) each way, with stdin from a file and
// stdout captured to a file, and prints the median and mean wall time per run of both the floor
// (bare posix_spawn with the files opened once, bare_spawn.h) and the sandbox, and their ratio.
// Usage: sandbox_bench [N]   (needs cc; run from anywhere)
#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
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
#include "sandbox/sandbox.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double mean(const std::vector<double>& v) {
  return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 300;
  char tmpl[] = "/tmp/judge-bench-XXXXXX";
  const fs::path dir = ::mkdtemp(tmpl);
  fs::permissions(dir, fs::perms::owner_all | fs::perms::others_exec | fs::perms::group_exec);
  std::ofstream(dir / "hello.c")
      << "#include <stdio.h>\nint main(void){char s[64];"
         "if(scanf(\"%63s\",s)==1)printf(\"Hello %s\\n\",s);return 0;}\n";
  std::ofstream(dir / "input") << "world\n";
  const std::string binary = (dir / "hello").string();
  const std::string cmd = "cc -O2 -static -o " + binary + " " + (dir / "hello.c").string();
  if (std::system(cmd.c_str()) != 0) return 2;
  fs::permissions(dir / "input",
                  fs::perms::owner_read | fs::perms::others_read | fs::perms::owner_write);
  const std::string input = (dir / "input").string(), output = (dir / "output").string();

  std::unique_ptr<judge::sandbox::Sandbox> sandbox = judge::sandbox::make_sandbox({});
  judge::sandbox::RunSpec spec;
  spec.argv = {"/box/hello"};
  spec.binds = {{binary, "/box/hello", false}};
  spec.stdin_path = input;
  spec.stdout_path = output;
  spec.limits.cpu_time_ms = 1000;
  spec.limits.memory_bytes = 256ll << 20;
  sandbox->run(spec);  // the zygote starts once per judge run; not part of the per-test cost
  const bench::BareSpawn bare_spawn((dir / "bare-output").string());
  const int input_fd = bench::open_input(input);
  bare_spawn.run(binary, input_fd);

  std::vector<double> bare, sandboxed;
  for (int i = 0; i < runs; ++i) {
    const auto bare_start = Clock::now();
    bare_spawn.run(binary, input_fd);
    bare.push_back(std::chrono::duration<double, std::milli>(Clock::now() - bare_start).count());
    const auto start = Clock::now();
    const auto result = sandbox->run(spec);
    sandboxed.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (result.termination != judge::sandbox::Termination::kExited || result.exit_code != 0) {
      std::fprintf(stderr, "sandboxed run failed: %s\n", result.setup_error.c_str());
      return 1;
    }
  }
  std::printf("runs: %d, backend: %s\n", runs, sandbox->backend().c_str());
  std::printf("floor (bare posix_spawn, files opened once): median %.3f ms, mean %.3f ms per run\n",
              median(bare), mean(bare));
  std::printf("judge sandbox:    median %.3f ms, mean %.3f ms per run\n", median(sandboxed),
              mean(sandboxed));
  std::printf("ratio (median sandbox / median bare): %.2fx\n", median(sandboxed) / median(bare));
  ::close(input_fd);
  fs::remove_all(dir);
  return 0;
}
