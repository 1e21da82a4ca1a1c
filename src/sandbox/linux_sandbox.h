// The real sandbox: see the theory of operation at the top of linux_sandbox.cc.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "sandbox/cgroup.h"
#include "sandbox/sandbox.h"
#include "sandbox/seccomp_policy.h"
#include "sandbox/zygote_handle.h"

namespace judge::sandbox {

class LinuxSandbox : public Sandbox {
 public:
  // cgroups may be nullptr: the rlimit fallback.
  LinuxSandbox(std::unique_ptr<CgroupBackend> cgroups, bool seccomp_notify);
  ~LinuxSandbox() override;

  RunResult run(const RunSpec& spec) override;
  std::string backend() const override;
  std::string isolation() const override;
  unsigned sandbox_uid() const override { return host_uid_; }
  unsigned sandbox_gid() const override { return host_gid_; }

 private:
  void run_checked(const RunSpec& spec, RunResult* result);
  ZygoteHandle& zygote_for(const RunSpec& spec);

  std::unique_ptr<CgroupBackend> cgroups_;
  bool seccomp_notify_;
  unsigned host_uid_ = 0;
  unsigned host_gid_ = 0;
  std::map<std::string, SeccompProgram> policies_;
  std::map<std::string, std::unique_ptr<ZygoteHandle>> zygotes_;
};

}  // namespace judge::sandbox
