// The sandbox interface: RunSpec in, RunResult out.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "sandbox/run_spec.h"

namespace judge::sandbox {

// Two programs run at once and connected (run_pair): an interactive problem's submission and its
// output validator.
struct PairOptions {
  // When b ends before a, a is killed at once unless b exited with one of these codes: the
  // caller knows that what a does after such an end no longer matters. (Kattis: every end of
  // the validator but exit 42 decides the verdict.)
  std::vector<int> b_exits_letting_a_finish;
};

struct PairResult {
  sandbox::RunResult a, b;
  bool b_ended_first = false;      // b's run was over before a's (by the judge's clock)
  std::int64_t end_gap_ns = 0;     // when a's run was over minus when b's was (either sign)
  bool a_stopped_after_b = false;  // a was killed because b ended first (see PairOptions)
};

struct SandboxOptions {
  bool require_cgroup = false;  // refuse to run with the rlimit fallback
  std::string force_backend;    // "", "cgroup-v2", "cgroup-v1", "rlimit" (tests, doctor)
  int cpu = -1;                 // RunSpec::cpu for every run that does not name its own
};

class Sandbox {
 public:
  virtual ~Sandbox() = default;
  // Runs one program to completion. Never throws for anything the program does; a failure of
  // the sandbox itself is reported as Termination::kSetupFailed.
  virtual RunResult run(const RunSpec& spec) = 0;
  // Runs two programs at once, each in its own sandbox and cgroup under its own limits,
  // connected by two pipes: a's stdout is b's stdin and b's stdout is a's stdin (their stdin_path
  // and stdout_path are not used, and nothing of their stdout is captured). Returns when both
  // are over. The default says the sandbox cannot (setup failures of both).
  virtual PairResult run_pair(const RunSpec& a, const RunSpec& b, const PairOptions& options);
  // "cgroup-v2", "cgroup-v1" or "rlimit", plus isolation facts for reports ("namespaces+seccomp").
  virtual std::string backend() const = 0;
  virtual std::string isolation() const = 0;
  // The host uid/gid that sandboxed programs run as. Directories a program must write to (compile
  // output, validator feedback) are chowned to it; files it reads must be reachable by it.
  virtual unsigned sandbox_uid() const = 0;
  virtual unsigned sandbox_gid() const = 0;
};

// The real sandbox (namespaces, seccomp, cgroups). Throws ConfigError when require_cgroup is set
// and no cgroup can be used, InternalError when the machine cannot sandbox at all.
std::unique_ptr<Sandbox> make_sandbox(const SandboxOptions& options);

}  // namespace judge::sandbox
