// Soak: many runs of every kind of misbehaving program, and judges killed at random moments;
// then counts what is left on the host. Exits 1 when anything is left or a run was not what its
// program does.
//
//   build/soak [--runs 10000] [--kills 100] [--judge build/judge] [--cache-bound-mib N] [--seed N]
//
// Part 1 (the sandbox library, one long-lived sandbox like a judge's): --runs runs cycling
// through AC, WA, TLE (100 ms limit), MLE, OLE, RE, a forbidden syscall (ptrace), a fork bomb and
// a program that leaves orphans behind; each result is checked against what the program does.
// Part 2 (the real binary): --kills `judge run` of a compiled C solution on a 6-test problem, each
// killed with SIGKILL after a random delay between 0 and 1.2 x an unkilled run (during the
// compile, between tests and mid-run); then one unkilled judge, as the next judge of a machine.
// Then it counts: processes left below the soak (it is their subreaper, so orphans of the killed
// judges come back to it), cgroups of its judges (v1 and v2), mounts and staging directories in
// its own TMPDIR, file descriptors the long-lived sandbox gained, and the compile cache (its own
// XDG_CACHE_HOME): its size against its bound (JUDGE_CACHE_SIZE, default here 8 MiB when the judge
// has `judge cache`), and entries half-written by a killed judge.
// Needs root (or a user that can sandbox), cc with static glibc, and gcc for the C language.
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "sandbox/sandbox.h"
#include "soak_leftovers.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using judge::sandbox::RunResult;
using judge::sandbox::Termination;

namespace {

struct Options {
  int runs = 10000;
  int kills = 100;
  std::string judge = "build/judge";
  // The compile cache's bound in MiB, given to the judges as JUDGE_CACHE_SIZE. -1: 8 when the
  // judge has `judge cache` (a bounded cache), else none and the size is only printed.
  int cache_bound_mib = -1;
  unsigned seed = 1;
};

// One kind of program; `expected` says whether a result is what that program does. `weight`: runs
// of it in each cycle of the mix (the slow kinds, which run into a limit, are fewer).
struct Kind {
  const char* name;
  int weight;
  const char* source;
  bool (*expected)(const RunResult&, const std::string& output);
};

bool any_limit(const RunResult& r) {
  return r.cpu_limit_exceeded || r.wall_limit_exceeded || r.memory_limit_exceeded ||
         r.output_limit_exceeded || r.process_limit_hit;
}

const Kind kKinds[] = {
    {"AC", 6,
     "#include <stdio.h>\nint main(void){int a,b;scanf(\"%d %d\",&a,&b);printf(\"%d\\n\",a+b);}",
     [](const RunResult& r, const std::string& out) {
       return r.termination == Termination::kExited && r.exit_code == 0 && out == "3\n";
     }},
    {"WA", 4, "#include <stdio.h>\nint main(void){puts(\"4\");}",
     [](const RunResult& r, const std::string& out) {
       return r.termination == Termination::kExited && r.exit_code == 0 && out == "4\n";
     }},
    {"TLE", 1, "int main(void){volatile unsigned long n=0;for(;;)++n;}",
     [](const RunResult& r, const std::string&) {
       return r.cpu_limit_exceeded || r.wall_limit_exceeded;
     }},
    {"MLE", 1,
     "#include <stdlib.h>\n#include <string.h>\n"
     "int main(void){for(int i=0;i<1024;++i){char*p=malloc(1<<20);if(!p)return 7;"
     "memset(p,1,1<<20);}return 0;}",
     [](const RunResult& r, const std::string&) { return r.memory_limit_exceeded; }},
    {"OLE", 2, "#include <stdio.h>\nint main(void){for(;;)fputs(\"xxxxxxxxxxxxxxx\\n\",stdout);}",
     [](const RunResult& r, const std::string&) { return r.output_limit_exceeded; }},
    {"RE", 2, "int main(void){volatile int*p=0;return *p;}",
     [](const RunResult& r, const std::string&) {
       return r.termination == Termination::kSignaled && r.signal == SIGSEGV;
     }},
    {"forbidden syscall", 2,
     "#include <sys/ptrace.h>\nint main(void){ptrace(PTRACE_TRACEME,0,0,0);return 0;}",
     [](const RunResult& r, const std::string&) {
       return r.blocked_syscall.find("ptrace") != std::string::npos ||
              (r.termination == Termination::kSignaled && r.signal == SIGSYS);
     }},
    {"fork bomb", 1, "#include <unistd.h>\nint main(void){for(;;)fork();}",
     [](const RunResult& r, const std::string&) {
       return r.termination != Termination::kSetupFailed && any_limit(r);
     }},
    {"orphans", 2,
     "#include <unistd.h>\nint main(void){for(int i=0;i<3;++i)if(fork()==0){setsid();"
     "if(fork()==0){sleep(100);}_exit(0);}return 0;}",
     [](const RunResult& r, const std::string&) {
       // The run ends when the program exits: its orphans, asleep for 100 s, die with the run's
       // pid namespace instead of holding it until the wall limit.
       return r.termination == Termination::kExited && r.exit_code == 0 && !r.wall_limit_exceeded;
     }},
};

void write(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) {
    std::fprintf(stderr, "soak: cannot write %s\n", path.c_str());
    std::exit(2);
  }
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void run_or_die(const std::string& command) {
  if (std::system(command.c_str()) != 0) {
    std::fprintf(stderr, "soak: failed: %s\n", command.c_str());
    std::exit(2);
  }
}

// Part 1. Returns the number of runs whose result was not what the program does.
int library_runs(const fs::path& dir, int runs, int* fds_gained) {
  std::vector<std::string> binaries;
  for (const Kind& kind : kKinds) {
    const fs::path source = dir / ("kind" + std::to_string(binaries.size()) + ".c");
    const fs::path binary = fs::path(source).replace_extension();
    write(source, kind.source);
    run_or_die("cc -O1 -static -o " + binary.string() + " " + source.string());
    binaries.push_back(binary.string());
  }
  write(dir / "input", "1 2\n");
  fs::permissions(dir / "input", fs::perms::owner_all | fs::perms::others_read);

  auto sandbox = judge::sandbox::make_sandbox({});
  judge::sandbox::RunSpec spec;
  spec.argv = {"/box/program"};
  spec.stdin_path = (dir / "input").string();
  spec.stdout_path = (dir / "output").string();
  spec.limits.memory_bytes = 16ll << 20;
  spec.limits.output_bytes = 1 << 20;
  spec.limits.max_processes = 16;

  std::vector<std::size_t> cycle;  // kind indexes, interleaved by weight
  for (int round = 0; round < 8; ++round) {
    for (std::size_t k = 0; k < std::size(kKinds); ++k) {
      if (kKinds[k].weight > round) cycle.push_back(k);
    }
  }
  std::map<std::string, int> done, wrong;
  std::map<std::string, double> seconds;
  int fd_baseline = -1;
  const auto start = Clock::now();
  for (int i = 0; i < runs; ++i) {
    const std::size_t k = cycle[static_cast<std::size_t>(i) % cycle.size()];
    spec.binds = {{binaries[k], "/box/program", false}};
    // A small time limit for the programs that never stop (TLE, fork bomb): 100 ms of CPU, or
    // 400 ms of wall time on a loaded machine. Filling memory in a cgroup at its limit takes CPU
    // time too, and the others end by themselves.
    const std::string name = kKinds[k].name;
    const bool endless = name == "TLE" || name == "fork bomb";
    spec.limits.cpu_time_ms = endless ? 100 : 1000;
    spec.limits.wall_time_ms = endless ? 400 : 3000;
    const auto run_start = Clock::now();
    const RunResult r = sandbox->run(spec);
    seconds[kKinds[k].name] += std::chrono::duration<double>(Clock::now() - run_start).count();
    const std::string output = read(dir / "output");
    ++done[kKinds[k].name];
    if (!kKinds[k].expected(r, output)) {
      if (wrong[kKinds[k].name]++ < 3) {
        std::fprintf(stderr,
                     "soak: run %d (%s): termination %d exit %d signal %d cpu %lld us wall %lld "
                     "us limits cpu/wall/mem/out/pids %d%d%d%d%d syscall '%s' setup '%s'\n",
                     i, kKinds[k].name, static_cast<int>(r.termination), r.exit_code, r.signal,
                     static_cast<long long>(r.cpu_time_us), static_cast<long long>(r.wall_time_us),
                     r.cpu_limit_exceeded, r.wall_limit_exceeded, r.memory_limit_exceeded,
                     r.output_limit_exceeded, r.process_limit_hit, r.blocked_syscall.c_str(),
                     r.setup_error.c_str());
      }
    }
    if (i == static_cast<int>(cycle.size()) - 1) fd_baseline = judge::bench::count_open_fds();
    if ((i + 1) % 1000 == 0) {
      std::printf("  %d runs, %.0f s\n", i + 1,
                  std::chrono::duration<double>(Clock::now() - start).count());
      std::fflush(stdout);
    }
  }
  *fds_gained = fd_baseline < 0 ? 0 : judge::bench::count_open_fds() - fd_baseline;
  int total_wrong = 0;
  std::printf("library runs: %d in %.0f s (backend %s)\n", runs,
              std::chrono::duration<double>(Clock::now() - start).count(),
              sandbox->backend().c_str());
  for (const Kind& kind : kKinds) {
    const int n = done[kind.name];
    std::printf("  %-18s %5d runs, %.0f ms each, %d not as expected\n", kind.name, n,
                n > 0 ? 1000 * seconds[kind.name] / n : 0.0, wrong[kind.name]);
    total_wrong += wrong[kind.name];
  }
  return total_wrong;
}

// Part 2: a problem whose tests take a while, so that kills land in every phase.
void write_problem(const fs::path& problem) {
  fs::create_directories(problem / "data" / "secret");
  write(problem / "problem.yaml",
        "problem_format_version: 2025-09\nname: Soak\nlimits:\n  time_limit: 2\n");
  for (int t = 1; t <= 6; ++t) {
    const std::string name = "0" + std::to_string(t);
    write(problem / "data" / "secret" / (name + ".in"), std::to_string(t) + " 40\n");
    write(problem / "data" / "secret" / (name + ".ans"), std::to_string(t + 40) + "\n");
  }
}

// A new source each time (a comment differs), so every judge compiles and stores a cache entry.
fs::path write_solution(const fs::path& dir, int n) {
  const fs::path source = dir / ("sol" + std::to_string(n) + ".c");
  write(source, "// soak " + std::to_string(n) +
                    "\n#include <stdio.h>\n#include <time.h>\nint main(void){int a,b;"
                    "scanf(\"%d %d\",&a,&b);clock_t end=clock()+CLOCKS_PER_SEC/20;"
                    "while(clock()<end){}printf(\"%d\\n\",a+b);return 0;}\n");
  return source;
}

pid_t start_judge(const Options& options, const fs::path& source, const fs::path& problem) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int null_fd = ::open("/dev/null", O_RDWR);
    ::dup2(null_fd, 1);
    ::dup2(null_fd, 2);
    ::execl(options.judge.c_str(), options.judge.c_str(), "run", source.c_str(), problem.c_str(),
            "--no-color", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return pid;
}

int wait_judge(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

// Reaps whatever was reparented to the soak and has died; waits for the rest to go, up to 10 s.
judge::bench::ProcessCount settle() {
  judge::bench::ProcessCount count;
  for (int i = 0; i < 100; ++i) {
    while (::waitpid(-1, nullptr, WNOHANG | __WALL) > 0) {
    }
    count = judge::bench::count_descendants(::getpid());
    if (count.sandbox_uid == 0 && count.other == 0) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return count;
}

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) {
      std::fprintf(stderr, "soak: %s needs a value\n", arg.c_str());
      std::exit(2);
    }
    const char* value = argv[++i];
    if (arg == "--runs") {
      o.runs = std::atoi(value);
    } else if (arg == "--kills") {
      o.kills = std::atoi(value);
    } else if (arg == "--judge") {
      o.judge = value;
    } else if (arg == "--cache-bound-mib") {
      o.cache_bound_mib = std::atoi(value);
    } else if (arg == "--seed") {
      o.seed = static_cast<unsigned>(std::atoi(value));
    } else {
      std::fprintf(stderr,
                   "usage: soak [--runs N] [--kills N] [--judge PATH] [--cache-bound-mib N] "
                   "[--seed N]\n");
      std::exit(2);
    }
  }
  o.judge = fs::absolute(o.judge).string();
  if (o.cache_bound_mib < 0) {
    // CLI11 prints the help for `judge anything --help`: look for the subcommand in the list.
    const std::string probe = "'" + o.judge + "' --help 2>/dev/null | grep -qE '^ +cache( |$)'";
    if (std::system(probe.c_str()) == 0) o.cache_bound_mib = 8;
  }
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse(argc, argv);
  const auto start = Clock::now();
  // Orphans of killed judges are reparented here, where they can be counted.
  ::prctl(PR_SET_CHILD_SUBREAPER, 1);
  char tmpl[] = "/tmp/judge-soak-XXXXXX";
  if (::mkdtemp(tmpl) == nullptr) return 2;
  const fs::path dir = tmpl;
  fs::permissions(dir, fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec);
  const fs::path tmp = dir / "tmp", cache = dir / "cache", problem = dir / "problem";
  fs::create_directories(tmp);
  fs::permissions(tmp, fs::perms::all | fs::perms::sticky_bit);
  ::setenv("TMPDIR", tmp.c_str(), 1);
  ::setenv("XDG_CACHE_HOME", cache.c_str(), 1);
  if (options.cache_bound_mib >= 0) {
    ::setenv("JUDGE_CACHE_SIZE", (std::to_string(options.cache_bound_mib) + "m").c_str(), 1);
  }

  int fds_gained = 0;
  const int wrong = library_runs(dir, options.runs, &fds_gained);

  std::set<pid_t> judge_pids = {::getpid()};
  write_problem(problem);
  int fresh = 0;
  const auto t0 = Clock::now();
  const pid_t first = start_judge(options, write_solution(dir, fresh++), problem);
  judge_pids.insert(first);
  const int first_status = wait_judge(first);
  const double full_s = std::chrono::duration<double>(Clock::now() - t0).count();
  if (!WIFEXITED(first_status) || WEXITSTATUS(first_status) != 0) {
    std::fprintf(stderr, "soak: an unkilled judge run did not accept the solution (status %d)\n",
                 first_status);
    return 2;
  }
  // The same source again is a compile cache hit: the difference is about the compile's time.
  const auto t1 = Clock::now();
  const pid_t cached = start_judge(options, dir / "sol0.c", problem);
  judge_pids.insert(cached);
  wait_judge(cached);
  const double compile_s = full_s - std::chrono::duration<double>(Clock::now() - t1).count();
  std::mt19937 random(options.seed);
  std::uniform_real_distribution<double> delay(0, 1.2 * full_s);
  int in_compile = 0, in_tests = 0, after_end = 0;
  const auto kills_start = Clock::now();
  for (int i = 0; i < options.kills; ++i) {
    const pid_t pid = start_judge(options, write_solution(dir, fresh++), problem);
    judge_pids.insert(pid);
    const double after_s = delay(random);
    (after_s < compile_s ? in_compile : after_s < full_s ? in_tests : after_end)++;
    std::this_thread::sleep_for(std::chrono::duration<double>(after_s));
    ::kill(pid, SIGKILL);
    wait_judge(pid);
  }
  std::printf(
      "judges killed with SIGKILL: %d; about %d during the compile, %d during the tests, "
      "%d after the end (a run takes %.2f s, its compile about %.2f s); %.0f s\n",
      options.kills, in_compile, in_tests, after_end, full_s, compile_s,
      std::chrono::duration<double>(Clock::now() - kills_start).count());
  // The next judge on the machine cleans what killed ones could not (stale staging dirs and
  // cgroups); it must work and accept as before.
  const pid_t next = start_judge(options, write_solution(dir, fresh++), problem);
  judge_pids.insert(next);
  const int next_status = wait_judge(next);

  const judge::bench::ProcessCount processes = settle();
  const int cgroups = judge::bench::count_cgroups(judge_pids);
  const int mounts = judge::bench::count_mounts_below(dir);
  const int staging = judge::bench::count_entries(tmp, "judge-");
  const fs::path cache_dir = cache / "judge" / "compile";
  const int cache_partial = judge::bench::count_entries(cache_dir, ".incoming-");
  const std::int64_t cache_bytes = judge::bench::tree_bytes(cache);
  const int cache_entries = judge::bench::count_entries(cache_dir, "") - cache_partial;

  std::printf("left after %d runs and %d killed judges:\n", options.runs, options.kills);
  std::printf("  processes of the sandbox uid:     %d\n", processes.sandbox_uid);
  std::printf("  processes of judges:              %d\n", processes.other);
  std::printf("  cgroups (v1 hierarchies and v2):  %d\n", cgroups);
  std::printf("  mounts:                           %d\n", mounts);
  std::printf("  staging dirs:                     %d\n", staging);
  std::printf("  fds gained by the long-lived sandbox: %d\n", fds_gained);
  std::printf("  half-written compile cache entries: %d\n", cache_partial);
  std::printf("  runs not as expected:             %d\n", wrong);
  std::printf("  next judge's exit status:         %d\n",
              WIFEXITED(next_status) ? WEXITSTATUS(next_status) : 128 + WTERMSIG(next_status));
  bool cache_ok = true;
  if (options.cache_bound_mib >= 0) {
    cache_ok = cache_bytes <= (static_cast<std::int64_t>(options.cache_bound_mib) << 20);
    std::printf("  compile cache: %lld bytes in %d entries, bound %d MiB: %s\n",
                static_cast<long long>(cache_bytes), cache_entries, options.cache_bound_mib,
                cache_ok ? "within" : "OVER");
  } else {
    std::printf("  compile cache: %lld bytes in %d entries (this judge has no bound)\n",
                static_cast<long long>(cache_bytes), cache_entries);
  }
  std::printf("soak took %.0f s\n", std::chrono::duration<double>(Clock::now() - start).count());
  const bool clean = processes.sandbox_uid == 0 && processes.other == 0 && cgroups == 0 &&
                     mounts == 0 && staging == 0 && fds_gained == 0 && cache_partial == 0 &&
                     wrong == 0 && WIFEXITED(next_status) && WEXITSTATUS(next_status) == 0 &&
                     cache_ok;
  if (clean) {
    std::error_code ignored;
    fs::remove_all(dir, ignored);
  } else {
    std::printf("soak: NOT clean; kept %s for a look\n", dir.c_str());
  }
  return clean ? 0 : 1;
}
