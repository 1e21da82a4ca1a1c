// What to run in the sandbox (RunSpec) and the facts measured about the run (RunResult).
//
// The sandbox knows nothing of problems, languages or verdicts: it runs one program under limits
// and reports what happened. Verdicts are decided by judge/classify.h from these facts.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "util/unique_fd.h"

namespace judge::sandbox {

// A host file or directory made visible inside the sandbox. Read-only unless `writable`.
struct Bind {
  std::string host_path;     // absolute path on the host
  std::string sandbox_path;  // absolute path inside, e.g. "/box/main" or "/box/feedback"
  bool writable = false;
  // A writable directory is not bound but made the upper layer of an overlay (a bind would show
  // its host path in /proc/self/mountinfo): work_path is an empty host directory on the same file
  // system, the overlay's own, which the caller removes. Required for writable directories.
  std::string work_path = {};
};

struct Limits {
  std::int64_t cpu_time_ms = 0;            // CPU time of the whole process tree; 0 = unlimited
  std::int64_t wall_time_ms = 0;           // 0 = effective_wall_time_ms (run_plan.h)
  std::int64_t memory_bytes = 0;           // peak memory of the whole tree (cgroup); 0 = unlimited
  std::int64_t output_bytes = 64ll << 20;  // stdout captured; more is OLE
  std::int64_t stderr_bytes = 64 << 10;    // stderr kept (the rest is read and dropped)
  std::int64_t file_size_bytes = 64ll << 20;  // RLIMIT_FSIZE for files the program writes
  // /box and /tmp are tmpfs as big as memory_bytes (private_tmpfs.h); a run whose /box the judge
  // reads back (hand_back_box) gets a /box of at most this, what the judge accepts back. 0 = none.
  std::int64_t box_read_back_bytes = 0;
  int max_processes = 64;    // processes + threads (pids.max)
  int max_open_files = 256;  // RLIMIT_NOFILE
};

struct RunSpec {
  std::vector<std::string> argv;  // argv[0] is a path inside the sandbox
  std::vector<std::string> env;   // "KEY=VALUE"; nothing else is inherited
  std::string cwd = "/box";
  // A host directory whose files /box starts with, as ONE mount whatever their number (a Java
  // program of hundreds of classes): the lower, read-only layer of an overlay whose upper layer
  // is the run's own size-limited tmpfs, so /box stays writable and no write reaches the host
  // or the next run. "" = /box starts empty. Mounted before `binds`, which may go on top.
  std::string box_contents;
  // A host directory laid over box_contents as another read-only lower layer of the same overlay
  // (a test's files: an output validator's input and answer), so that they need no bind, whose
  // host path /proc/self/mountinfo would show. "" = none; needs box_contents.
  std::string box_files;
  std::vector<Bind> binds;                  // per-run files (program, checker inputs, ...)
  std::vector<std::string> extra_readonly;  // toolchain paths beyond the default set
  std::string stdin_path;                   // host file given as stdin; "" = /dev/null
  std::string stdout_path;  // host file that receives stdout (capped at output_bytes); "" = drop
  Limits limits;
  // The run's /box (a size-limited tmpfs, like every run's) outlives the run and is handed back
  // as RunResult::box: how a compile's output leaves the sandbox without a host directory the
  // compiler could fill or plant links in.
  bool hand_back_box = false;
  // The one logical CPU every process of the run is pinned to (parallel runs, each on its own
  // physical core: judge/parallel/); -1 = the judge's own CPU set. SandboxOptions::cpu applies
  // when this is -1.
  int cpu = -1;
};

enum class Termination {
  kExited,       // exit_code is valid
  kSignaled,     // signal is valid
  kSetupFailed,  // the sandbox could not start the program: setup_error says why (an IE)
};

struct RunResult {
  Termination termination = Termination::kSetupFailed;
  int exit_code = 0;
  int signal = 0;

  std::int64_t cpu_time_us = 0;   // user + system of every process and thread of the run
  std::int64_t wall_time_us = 0;  // from start to the last process gone
  std::int64_t peak_memory_bytes = 0;
  std::int64_t stdout_bytes = 0;  // as written by the program (may exceed what was kept)
  std::string stderr_text;        // first Limits::stderr_bytes of stderr

  // Which limit ended the run, as the sandbox observed it.
  bool cpu_limit_exceeded = false;
  bool wall_limit_exceeded = false;
  bool memory_limit_exceeded = false;  // the OOM killer fired in the run's cgroup
  bool output_limit_exceeded = false;
  bool process_limit_hit = false;  // a fork/clone failed on pids.max

  std::string blocked_syscall;  // name of the syscall the seccomp policy stopped, if any
  std::string setup_error;      // for kSetupFailed: "mount(/usr): Permission denied"
  std::string backend;          // "cgroup-v2", "cgroup-v1" or "rlimit": who measured this
  // With RunSpec::hand_back_box, when the program ran to its end: an O_PATH descriptor of the
  // run's /box. Every process of the run is gone, so nothing changes it any more; it is the
  // program's data, to be read without following links (judge/compile_output.h).
  std::shared_ptr<const UniqueFd> box;
};

}  // namespace judge::sandbox
