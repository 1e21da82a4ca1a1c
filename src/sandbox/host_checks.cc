#include "sandbox/host_checks.h"

#include <sched.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "sandbox/cgroup.h"
#include "sandbox/sandbox.h"
#include "sandbox/seccomp_policy.h"

namespace judge::sandbox {

namespace {

using Status = HostCheck::Status;

std::string read_first_line(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

HostCheck check_user_namespaces() {
  HostCheck check{"user namespaces", Status::kOk, "", "", true};
  const pid_t pid = ::fork();
  if (pid == 0) ::_exit(::unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID) == 0 ? 0 : 1);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    check.detail = ::geteuid() == 0 ? "available (running as root)"
                                    : "available to this user (rootless sandbox)";
    return check;
  }
  check.status = Status::kFail;
  check.detail = "this user cannot create a user namespace";
  if (read_first_line("/proc/sys/kernel/unprivileged_userns_clone") == "0") {
    check.fix = "sysctl -w kernel.unprivileged_userns_clone=1";
  } else if (read_first_line("/proc/sys/kernel/apparmor_restrict_unprivileged_userns") == "1") {
    check.fix =
        "sysctl -w kernel.apparmor_restrict_unprivileged_userns=0 (or an AppArmor profile "
        "allowing userns for judge)";
  } else if (read_first_line("/proc/sys/user/max_user_namespaces") == "0") {
    check.fix = "sysctl -w user.max_user_namespaces=15000";
  } else {
    check.fix = "enable user namespaces in the kernel (CONFIG_USER_NS) or run judge as root";
  }
  return check;
}

HostCheck check_cgroups() {
  HostCheck check{"cgroups", Status::kOk, "", "", true};
  CgroupEnvironment env;
  std::string why_not;
  std::unique_ptr<CgroupBackend> backend = detect_cgroup_backend(env, &why_not);
  if (!backend) {
    check.status = Status::kFail;
    check.detail = "no usable cgroup: limits fall back to rlimits and rusage";
    check.fix = why_not;
    return check;
  }
  const std::string version = backend->name() == "cgroup-v2" ? "cgroup v2" : "cgroup v1";
  check.detail = version + ", controllers delegated: " + join(backend->controllers());
  return check;
}

HostCheck check_memory_peak() {
  HostCheck check{"peak memory", Status::kOk, "", "", false};
  utsname u{};
  ::uname(&u);
  int major = 0, minor = 0;
  std::sscanf(u.release, "%d.%d", &major, &minor);
  const bool v2 = std::filesystem::exists("/sys/fs/cgroup/cgroup.controllers");
  if (!v2) {
    check.detail = "cgroup v1 memory.max_usage_in_bytes (kernel " + std::string(u.release) + ")";
  } else if (major > 5 || (major == 5 && minor >= 19)) {
    check.detail = "memory.peak (kernel " + std::string(u.release) + ")";
  } else {
    check.status = Status::kWarn;
    check.detail = "kernel " + std::string(u.release) + " has no memory.peak: peak is sampled";
    check.fix = "use Linux 5.19 or newer for exact peak memory";
  }
  return check;
}

HostCheck check_seccomp() {
  HostCheck check{"seccomp", Status::kOk, "", "", true};
  const std::string actions = read_first_line("/proc/sys/kernel/seccomp/actions_avail");
  if (actions.find("kill_process") == std::string::npos) {
    check.status = Status::kFail;
    check.detail = actions.empty() ? "not available" : "actions: " + actions;
    check.fix = "use a kernel with CONFIG_SECCOMP_FILTER (Linux 4.14 or newer)";
  } else if (!kernel_supports_user_notification()) {
    check.status = Status::kWarn;
    check.detail = "filters work, but forbidden system calls cannot be named (no user_notif)";
    check.fix = "use Linux 5.0 or newer";
  } else {
    check.detail = "filters with user notification (forbidden calls are named)";
  }
  return check;
}

HostCheck check_swap() {
  HostCheck check{"swap", Status::kOk, "", "", false};
  std::ifstream in("/proc/meminfo");
  std::string key;
  long long kib = 0;
  std::string unit;
  while (in >> key >> kib >> unit) {
    if (key == "SwapTotal:") break;
    kib = 0;
  }
  if (kib == 0) {
    check.detail = "no swap";
    return check;
  }
  check.status = Status::kWarn;
  check.detail = std::to_string(kib / 1024) +
                 " MiB of swap: runs get none, but the judge and "
                 "other processes may be swapped, which adds timing noise";
  check.fix = "swapoff -a on a dedicated judging machine";
  return check;
}

HostCheck check_frequency_scaling() {
  HostCheck check{"CPU frequency scaling", Status::kOk, "", "", false};
  const std::string governor =
      read_first_line("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor");
  const std::string no_turbo = read_first_line("/sys/devices/system/cpu/intel_pstate/no_turbo");
  if (governor.empty()) {
    check.detail = "not exposed by this machine (a VM or a fixed clock)";
  } else if (governor != "performance") {
    check.status = Status::kWarn;
    check.detail = "governor '" + governor + "': CPU time varies with the clock";
    check.fix = "cpupower frequency-set -g performance";
  } else {
    check.detail = "governor 'performance'";
  }
  if (no_turbo == "0") {
    check.status = Status::kWarn;
    check.detail += "; turbo boost on";
    check.fix += std::string(check.fix.empty() ? "" : "; ") +
                 "echo 1 > /sys/devices/system/cpu/intel_pstate/no_turbo";
  }
  return check;
}

HostCheck check_smt() {
  HostCheck check{"SMT (hyper-threading)", Status::kOk, "", "", false};
  const std::string active = read_first_line("/sys/devices/system/cpu/smt/active");
  if (active == "1") {
    check.status = Status::kWarn;
    check.detail = "on: a sibling thread's load changes a run's CPU time";
    check.fix = "echo off > /sys/devices/system/cpu/smt/control";
  } else {
    check.detail = active.empty() ? "not reported" : "off";
  }
  return check;
}

HostCheck check_sandbox_run() {
  HostCheck check{"sandbox run", Status::kOk, "", "", true};
  try {
    std::unique_ptr<Sandbox> sandbox = make_sandbox({});
    RunSpec spec;
    spec.argv = {"/bin/true"};
    spec.limits.cpu_time_ms = 5000;
    spec.limits.memory_bytes = 64ll << 20;
    const RunResult r = sandbox->run(spec);
    if (r.termination == Termination::kSetupFailed) {
      check.status = Status::kFail;
      check.detail = r.setup_error;
      check.fix = "see the checks above";
    } else if (r.termination != Termination::kExited || r.exit_code != 0) {
      check.status = Status::kFail;
      check.detail = "/bin/true did not succeed in the sandbox";
    } else {
      check.detail = "/bin/true ran in " + std::to_string(r.wall_time_us / 1000) + " ms (" +
                     sandbox->backend() + "; " + sandbox->isolation() + ")";
    }
  } catch (const std::exception& e) {
    check.status = Status::kFail;
    check.detail = e.what();
    check.fix = "see the checks above";
  }
  return check;
}

}  // namespace

std::vector<HostCheck> check_host() {
  return {check_user_namespaces(),
          check_cgroups(),
          check_memory_peak(),
          check_seccomp(),
          check_swap(),
          check_frequency_scaling(),
          check_smt(),
          check_sandbox_run()};
}

std::string to_string(HostCheck::Status status) {
  switch (status) {
    case HostCheck::Status::kOk:
      return "OK";
    case HostCheck::Status::kWarn:
      return "WARN";
    case HostCheck::Status::kFail:
      return "FAIL";
  }
  return "?";
}

}  // namespace judge::sandbox
