// The real sandbox: see the theory of operation at the top of linux_sandbox.cc.
#pragma once

#include <sched.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sandbox/background_worker.h"
#include "sandbox/cgroup.h"
#include "sandbox/child_protocol.h"
#include "sandbox/run_monitor.h"
#include "sandbox/sandbox.h"
#include "sandbox/seccomp_policy.h"
#include "sandbox/started_init.h"
#include "sandbox/zygote_handle.h"

namespace judge::sandbox {

class LinuxSandbox : public Sandbox {
 public:
  // cgroups may be nullptr: the rlimit fallback. cpu: SandboxOptions::cpu.
  LinuxSandbox(std::unique_ptr<CgroupBackend> cgroups, bool seccomp_notify, int cpu = -1);
  ~LinuxSandbox() override;

  RunResult run(const RunSpec& spec) override;
  PairResult run_pair(const RunSpec& a, const RunSpec& b, const PairOptions& options) override;
  std::string backend() const override;
  std::string isolation() const override;
  unsigned sandbox_uid() const override { return host_uid_; }
  unsigned sandbox_gid() const override { return host_gid_; }

 private:
  void run_checked(const RunSpec& spec, std::unique_ptr<StartedInit>& init, RunResult* result);
  // One run in three steps, so that two runs can go on at once (run_pair): begin() on the
  // judge's thread starts it (stdin_fd / stdout_fd: descriptors given instead of stdin_path and
  // the captured stdout, -1 for none), watch() may go on any thread, finish() on the judge's
  // thread reads the figures and the init's report. stopped_by_judge: a kill without a report is
  // the judge's doing, not a setup failure.
  struct ActiveRun;
  void begin(ActiveRun& run, int stdin_fd, int stdout_fd);
  static MonitorResult watch(const ActiveRun& run);
  static void finish(ActiveRun& run, MonitorResult monitored, RunResult* result,
                     bool stopped_by_judge = false);
  ZygoteHandle& zygote_for(const RunSpec& spec);
  // The init started ahead for this zygote if it has this shape, else nullptr.
  std::unique_ptr<StartedInit> take_ready(ZygoteHandle& zygote, const InitShape& shape);
  // While a run goes on: starts the init of the next run, when this run's shape is what the
  // zygote's last run had too, and reaps the inits of finished runs.
  void prepare_next(ZygoteHandle& zygote, const InitShape& shape, const std::string& request);
  void retire(std::unique_ptr<StartedInit> init);

  std::unique_ptr<CgroupBackend> cgroups_;
  bool seccomp_notify_;
  int cpu_;                 // where runs that name no CPU of their own are pinned; -1 = not pinned
  cpu_set_t judge_cpus_{};  // where the judge may run, for the worker thread
  bool has_judge_cpus_ = false;
  unsigned host_uid_ = 0;
  unsigned host_gid_ = 0;
  std::optional<SeccompProgram> policy_;  // seccomp/default.policy, compiled at the first run
  std::map<std::string, std::unique_ptr<ZygoteHandle>> zygotes_;
  // Declared after zygotes_, so destroyed before them: an init not yet collected needs its zygote.
  std::map<const ZygoteHandle*, std::unique_ptr<StartedInit>> ready_;
  std::map<const ZygoteHandle*, InitShape> last_shape_;
  // Runs that reported, whose inits wait to be killed: killed, reaped and their cgroups removed
  // while the next run goes on.
  std::vector<std::unique_ptr<StartedInit>> finished_;
  // Prepares the next run (ready_, finished_) while the judge watches the current one. Declared
  // last, so stopped first.
  BackgroundWorker worker_;
};

}  // namespace judge::sandbox
