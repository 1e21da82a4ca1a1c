#include "sandbox/child_protocol.h"

namespace judge::sandbox {

const char* step_name(Step step) {
  switch (step) {
    case Step::kNone:
      return "none";
    case Step::kZygoteOwner:
      return "become the namespaces' unprivileged owner";
    case Step::kZygoteOwnerRlimits:
      return "lower the namespaces' rlimit caps";
    case Step::kZygoteUnshare:
      return "unshare(user, mount, net, ipc, uts namespaces)";
    case Step::kZygoteInsideRoot:
      return "become root inside the user namespace";
    case Step::kZygoteQuotas:
      return "cap the user namespace's quotas (/proc/sys/user)";
    case Step::kZygoteWaitMaps:
      return "wait for uid/gid maps";
    case Step::kZygoteSetPrivate:
      return "mount(/, MS_PRIVATE)";
    case Step::kZygoteRootTmpfs:
      return "mount(tmpfs root)";
    case Step::kZygotePivotRoot:
      return "pivot_root";
    case Step::kZygoteBindReadonly:
      return "bind read-only";
    case Step::kZygoteWriteEtc:
      return "write /etc";
    case Step::kZygoteDevices:
      return "populate /dev";
    case Step::kZygoteRemountRoot:
      return "remount / read-only";
    case Step::kZygoteBoundingSet:
      return "drop the capability bounding set";
    case Step::kZygoteSession:
      return "leave the judge's session";
    case Step::kZygoteReceive:
      return "receive run request";
    case Step::kZygoteClone:
      return "clone(pid, mount, ipc namespaces)";
    case Step::kInitWaitGo:
      return "receive the run's request";
    case Step::kInitJoinCgroup:
      return "join the run's cgroup";
    case Step::kInitCgroupNamespace:
      return "unshare(cgroup namespace)";
    case Step::kInitMountWorkDir:
      return "mount(/box tmpfs)";
    case Step::kInitMountTmp:
      return "mount(/tmp tmpfs)";
    case Step::kInitMountProc:
      return "mount(/proc)";
    case Step::kInitBind:
      return "bind";
    case Step::kInitHideHost:
      return "cover the host root";
    case Step::kInitFork:
      return "fork program";
    case Step::kInitSeccompListener:
      return "seccomp listener";
    case Step::kProgramStdio:
      return "dup2(stdio)";
    case Step::kProgramAffinity:
      return "sched_setaffinity";
    case Step::kProgramRlimits:
      return "setrlimit";
    case Step::kProgramChdir:
      return "chdir";
    case Step::kProgramCredentials:
      return "setresuid/setresgid";
    case Step::kProgramCapabilities:
      return "drop capabilities";
    case Step::kProgramNoNewPrivs:
      return "prctl(NO_NEW_PRIVS)";
    case Step::kProgramSeccomp:
      return "seccomp";
    case Step::kProgramExec:
      return "execve";
  }
  return "unknown step";
}

}  // namespace judge::sandbox
