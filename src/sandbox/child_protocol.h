// What sandboxed processes report to the judge over their status pipe.
//
// Code that runs between clone and exec may not allocate or throw, so it reports with fixed-size
// records written in one write(2) (atomic on a pipe, since a record is far below PIPE_BUF).
#pragma once

#include <cstdint>

namespace judge::sandbox {

// The setup steps, in the order they run. The parent renders a failure as "step(detail): errno".
enum class Step : std::int32_t {
  kNone = 0,
  // zygote (once per sandbox)
  kZygoteOwner,
  kZygoteOwnerRlimits,
  kZygoteUnshare,
  kZygoteWaitMaps,
  kZygoteInsideRoot,
  kZygoteQuotas,
  kZygoteSetPrivate,
  kZygoteRootTmpfs,
  kZygotePivotRoot,
  kZygoteBindReadonly,
  kZygoteWriteEtc,
  kZygoteDevices,
  kZygoteRemountRoot,
  kZygoteBoundingSet,
  kZygoteSession,
  kZygoteReceive,
  kZygoteClone,
  // per-run init (pid 1 of the run's pid namespace)
  kInitMountWorkDir,
  kInitMountTmp,
  kInitMountProc,
  kInitSeccompListener,
  kInitJoinCgroup,
  kInitCgroupNamespace,
  kInitWaitGo,
  kInitBind,
  kInitHideHost,
  kInitFork,
  // the program's process, just before exec
  kProgramStdio,
  kProgramAffinity,
  kProgramRlimits,
  kProgramChdir,
  kProgramCredentials,
  kProgramCapabilities,
  kProgramNoNewPrivs,
  kProgramSeccomp,
  kProgramExec,
};

const char* step_name(Step step);

enum class RecordKind : std::int32_t {
  kSetupFailed = 1,  // step + error (+ index into the bind list for kInitBind)
  kFinished = 2,     // the program's wait status, and the syscall that stopped it, if any
};

struct ChildRecord {
  RecordKind kind;
  Step step;
  std::int32_t error;            // errno of the failed step
  std::int32_t index;            // which bind / path failed, -1 if none
  std::int32_t wait_status;      // kFinished: as from waitpid
  std::int32_t blocked_syscall;  // kFinished: syscall number stopped by seccomp, -1 if none
  std::uint32_t blocked_arch;    // AUDIT_ARCH_* of that syscall
  std::int64_t ended_ns;         // kFinished: CLOCK_MONOTONIC when the program was reaped
};

}  // namespace judge::sandbox
