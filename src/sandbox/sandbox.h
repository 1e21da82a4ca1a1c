// The sandbox interface: RunSpec in, RunResult out.
#pragma once

#include <memory>
#include <string>

#include "sandbox/run_spec.h"

namespace judge::sandbox {

struct SandboxOptions {
  bool require_cgroup = false;  // refuse to run with the rlimit fallback
  std::string force_backend;    // "", "cgroup-v2", "cgroup-v1", "rlimit" (tests, doctor)
};

class Sandbox {
 public:
  virtual ~Sandbox() = default;
  // Runs one program to completion. Never throws for anything the program does; a failure of
  // the sandbox itself is reported as Termination::kSetupFailed.
  virtual RunResult run(const RunSpec& spec) = 0;
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
