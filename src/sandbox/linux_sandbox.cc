// The Linux sandbox: namespaces, seccomp, cgroups.
//
// THEORY OF OPERATION
//
// Processes. For each distinct set of read-only paths (one per toolchain, so usually one for the
// solution and one for the output validator) the judge starts a *zygote*: a clone of itself that
// creates new user, mount, network, IPC and UTS namespaces as an unprivileged host uid (as root,
// the uid its programs run as), so that the kernel charges per-user quotas (inotify, queued
// signals, message queue bytes...) to that uid and never to root, and caps them inside the
// namespace (namespace_owner.h; the audit of every quota is in man/judge.1). The judge writes its
// uid/gid maps (inside uid 1000 = that unprivileged host uid; see zygote_handle.cc), then the
// zygote builds the sandbox root once: a small tmpfs showing /usr, /lib*, /bin, /sbin and the
// toolchain's extra directories read-only, nosuid and nodev, each as an overlay with the host
// directory as its only real layer, and each mount below them (listed from the judge's
// mountinfo) as one more, so that mountinfo names no host path even when the judge's own root
// is a subdirectory of a disk (a container, a chroot); copies of a few /etc files; a generated
// /etc/passwd, a minimal /dev (null, zero, full, random, urandom) and empty /box, /tmp and /proc
// mount points. It pivots into it, keeping the old root at /.host (for the runs' files; every
// run's init detaches it), and remounts / read-only. Where the kernel refuses an overlay (a user
// namespace before 5.11), a directory is bound instead, read-only all the way down. The
// network namespace has only a loopback interface, which is down. The zygote is the leader of a
// session of its own, without a controlling terminal, which every init and program inherits.
//
// For every program run there is a run *init*, which the zygote clones on the judge's request with
// CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWIPC | CLONE_PARENT, so the judge is its parent. The request
// comes with the judge's ends for the init: the stdout and stderr pipes, a status pipe, a "go"
// socket, and the run's cgroup.procs files, opened by the judge. The init mounts a fresh
// size-limited tmpfs on /box (the work dir) and on /tmp and a fresh /proc, then writes "0" to the
// cgroup.procs files, which moves it into the run's fresh cgroup (the kernel checks the opener's
// rights, the judge's), unshares a cgroup namespace and waits on the go socket. All of that is the
// same for every run of one shape (limits, tmpfs size), so it is done before the run is known,
// outside the run's cgroup, and none of it counts as the program's CPU time. /box and /tmp are two
// tmpfs, each with its own size (the memory limit, which their pages are charged to) and inode
// bound (private_tmpfs.h). The run itself arrives on the go socket: its request (argv, env, binds,
// rlimits) and its stdin. The init mounts the run's files from /.host: the program's and the
// test's files as the lower layers of an overlay on /box, a writable folder as the upper layer of
// an overlay, both with their layers named by descriptor number, so that no host path shows in
// mountinfo (run_overlays.h); then it detaches /.host with every host mount below it (so nothing
// of the host outside those mounts is reachable, and /proc/self/mountinfo lists none of the host's
// mounts; this costs an expedited RCU grace period). When /box's contents are the run's only files
// (a solution's tests), they are part of the shape: the init mounts them and detaches /.host before
// the request comes. Other files (a validator's per-test files) are mounted when it comes,
// resolved then, so a file the judge replaced is seen as it is. The init then starts the
// program with CLONE_VM | CLONE_VFORK: copying
// the page tables of a clone of the judge only to discard them at exec was most of a run's start-up
// cost. (The init itself gets a copy of the zygote's memory, not a share: the OOM killer kills
// every process sharing its victim's memory, and the init can be a victim; the program shares the
// init's memory only until exec, when no limit is reached yet.) The program's process sets rlimits,
// becomes uid/gid 1000 with no capabilities and no supplementary groups (the zygote emptied the
// bounding set and reset every signal disposition once, for all runs), sets no_new_privs, marks
// every inherited descriptor but stdio close-on-exec, loads the seccomp filter (compiled by
// libseccomp in the judge before the zygote was cloned) and execs. When the program's main process
// ends, the init kills and reaps every process left in its pid namespace, then reports the wait
// status on the status pipe and waits to be killed. The judge reads the cgroup's figures as soon as
// the report arrives: nothing of the run runs any more. The init's exit, which tears down its mount
// namespace (slow), happens later, off the judge's path (below). Between clone and exec nothing
// allocates or throws: a failing step writes {step, errno} on the status pipe (child_protocol.h)
// and the judge reports it as a setup error.
//
// Inits started ahead. From the second run of one shape on, a worker thread of the judge asks for
// the next run's init while the current run goes on (started_init.h); it also kills and reaps the
// inits of finished runs and removes their cgroups then, not between two tests. The worker is kept
// off the judge's CPU, and the judge's own thread hands each run to an init pinned to that CPU and
// sleeps at once: the init starts where the judge ran instead of waiting for an idle CPU to wake (a
// tenth of a millisecond in a virtual machine), and the program gets the judge's CPU set back
// before exec. A run of another shape does not take a prepared init: it is killed and its cgroup
// removed. So each test of a judge run costs the handing over, the program, and the report.
//
// Forbidden system calls. Denied syscalls raise a seccomp user notification; the init holds the
// listener, so it learns the syscall's number, kills the run and reports the number, and the judge
// names it ("forbidden system call ptrace"). Kernels without user notification fall back to
// SECCOMP_RET_KILL_PROCESS (the verdict then says SIGSYS without a name).
//
// Limits and measurement. A cgroup per run (cgroup.h: v2, or v1 on hybrid hosts) limits memory (no
// swap) and processes, and measures CPU time of every thread, peak memory and OOM kills. Its figure
// files are opened when it is made (on the worker thread for a prepared init) and read again from
// offset 0 (cgroup_figure.h). The judge polls the cgroup's CPU time every few ms and kills the
// init at the CPU limit; RLIMIT_CPU is a backstop. The wall limit is the judge's monotonic clock.
// stdout is read through a pipe into the output file and the run is killed past the output limit;
// RLIMIT_FSIZE caps files written in /box and /tmp, whose tmpfs sizes are limited too. Without any
// usable cgroup, rlimits (a generous RLIMIT_DATA against runaway allocation, RLIMIT_NPROC for
// processes when a private host uid is used) and the init's rusage are the fallback: MLE is then
// decided on the measured peak, CPU time has RLIMIT_CPU's one-second granularity, and every result
// says which backend measured it.
//
// What runs share and why no run can influence the next. Runs of one judge share the zygote's user,
// network and UTS namespaces and its read-only root. The root and every bind in it are read-only;
// the network namespace has no usable interface, and no state survives a run in it: a socket dies
// with its processes. Each run has its own pid namespace (all of a run's processes are killed by
// its init before it reports, and die with it in any case), its own mount namespace (its /box, /tmp
// and /proc are new and vanish with it), its own IPC namespace (no System V object or POSIX message
// queue survives), its own cgroup (whose figures start at zero) and its own pipes. The program
// cannot signal or trace the zygote or the init: they are outside its pid namespace or pid 1 of it,
// not dumpable, and ptrace is denied by seccomp. The next run's init, started while a program runs,
// is in a pid namespace of its own (the program cannot name it), has only empty fresh mounts and an
// empty cgroup yet, and receives its run only from the judge.
//
// Cleanup. The zygote and every init die with the judge (PR_SET_PDEATHSIG, and an init still
// waiting sees its go socket close), taking their namespaces and mounts with them; the init's death
// kills the run's pid namespace. A cgroup left by a judge killed with SIGKILL is removed by the
// next judge (cleanup_stale_cgroups).
#include "sandbox/linux_sandbox.h"

#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <fstream>
#include <sstream>

#include "sandbox/active_run.h"
#include "sandbox/cgroup_parse.h"
#include "sandbox/child_protocol.h"
#include "sandbox/run_init.h"
#include "sandbox/run_monitor.h"
#include "sandbox/run_plan.h"
#include "sandbox/zygote_request.h"
#include "util/error.h"

namespace judge::sandbox {

namespace {

// The judge's mounts, which the zygote's mount namespace starts as a copy of. Unreadable (no
// /proc): none, and no mount below a read-only path is shown.
std::string read_mountinfo() {
  std::ifstream in("/proc/self/mountinfo");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

constexpr std::int64_t kFallbackDataHeadroom = 1ll << 30;

// The host uid/gid sandboxed programs run as when the judge is root: an unused high id, varied
// by the judge's pid so that two judges' programs are different users.
unsigned private_host_id() {
  return 60000 + static_cast<unsigned>(::getpid()) % 5000;
}

// A zygote's root holds the default read-only paths and the toolchain's: one zygote per set of
// toolchain paths.
std::string zygote_key(const RunSpec& spec) {
  std::vector<std::string> extra = spec.extra_readonly;
  std::sort(extra.begin(), extra.end());
  std::string key;
  for (const auto& path : extra) key += "\n" + path;
  return key;
}

UniqueFd open_or_throw(const std::string& path, int flags, mode_t mode = 0) {
  UniqueFd fd(::open(path.c_str(), flags | O_CLOEXEC, mode));
  if (!fd) throw_errno("open", path);
  return fd;
}

// Hands the run to the init on the judge's own CPU. The judge sleeps as soon as it has handed it
// over (the next run is prepared on the worker thread), so the init starts at once where the
// judge ran, instead of waiting for an idle CPU to wake up, which in a virtual machine can take
// a tenth of a millisecond. The program gets the judge's whole CPU set back before exec. Best
// effort: without it the run only starts a little later.
// A run pinned to one CPU (RunSpec::cpu) starts there instead.
void pin_to_this_cpu(pid_t pid, int pinned_cpu) {
  const int cpu = pinned_cpu >= 0 ? pinned_cpu : ::sched_getcpu();
  if (cpu < 0) return;
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(cpu, &one);
  ::sched_setaffinity(pid, sizeof one, &one);
}

std::int64_t timeval_us(const timeval& tv) {
  return static_cast<std::int64_t>(tv.tv_sec) * 1000000 + tv.tv_usec;
}

std::string describe_setup_failure(const ChildRecord& record, const RunSpec& spec) {
  std::string what = step_name(record.step);
  // The /box contents, when there are some, are the request's first bind.
  const int first_bind = spec.box_contents.empty() ? 0 : 1;
  if (record.step == Step::kInitBind && record.index == 0 && first_bind == 1) {
    what += "(overlay " + spec.box_contents + " -> /box)";
  } else if (record.step == Step::kInitBind && record.index >= first_bind &&
             static_cast<std::size_t>(record.index - first_bind) < spec.binds.size()) {
    const Bind& bind = spec.binds[static_cast<std::size_t>(record.index - first_bind)];
    what += "(" + bind.host_path + " -> " + bind.sandbox_path + ")";
  } else if (record.step == Step::kProgramExec) {
    what += "(" + spec.argv.front() + ")";
  }
  return what + ": " + std::strerror(record.error);
}

}  // namespace

LinuxSandbox::LinuxSandbox(std::unique_ptr<CgroupBackend> cgroups, bool seccomp_notify, int cpu)
    : cgroups_(std::move(cgroups)), seccomp_notify_(seccomp_notify), cpu_(cpu) {
  if (::geteuid() == 0) {
    host_uid_ = private_host_id();
    host_gid_ = host_uid_;
  } else {
    host_uid_ = ::geteuid();
    host_gid_ = ::getegid();
  }
  has_judge_cpus_ = ::sched_getaffinity(0, sizeof judge_cpus_, &judge_cpus_) == 0;
}

LinuxSandbox::~LinuxSandbox() = default;

std::string LinuxSandbox::backend() const {
  return cgroups_ ? cgroups_->name() : "rlimit";
}

std::string LinuxSandbox::isolation() const {
  return std::string("namespaces (user, pid, mount, network, ipc, uts") +
         (cgroups_ ? ", cgroup" : "") + "), seccomp " +
         (seccomp_notify_ ? "(forbidden calls named)" : "(kill on forbidden call)");
}

ZygoteHandle& LinuxSandbox::zygote_for(const RunSpec& spec) {
  const std::string key = zygote_key(spec);
  auto it = zygotes_.find(key);
  if (it != zygotes_.end()) return *it->second;
  ZygoteSetup setup;
  std::vector<std::string> readonly = default_readonly_paths();
  readonly.insert(readonly.end(), spec.extra_readonly.begin(), spec.extra_readonly.end());
  std::vector<std::string> mount_points;
  for (const MountInfoLine& mount : parse_mountinfo(read_mountinfo())) {
    mount_points.push_back(mount.mount_point);
  }
  setup.readonly_paths = with_mounts_below(readonly, mount_points);
  if (!policy_) {
    policy_ = compile_policy(policy_path("default"),
                             seccomp_notify_ ? DenyAction::kNotify : DenyAction::kKillProcess);
  }
  setup.seccomp = *policy_;
  setup.seccomp_notify = seccomp_notify_;
  setup.host_uid = host_uid_;
  setup.host_gid = host_gid_;
  auto zygote = std::make_unique<ZygoteHandle>(setup);
  return *zygotes_.emplace(key, std::move(zygote)).first->second;
}

RunResult LinuxSandbox::run(const RunSpec& spec) {
  RunResult result;
  result.backend = backend();
  std::unique_ptr<StartedInit> init;
  try {
    run_checked(spec, init, &result);
  } catch (const InternalError& e) {
    result.termination = Termination::kSetupFailed;
    result.setup_error = e.what();
  }
  retire(std::move(init));
  return result;
}

std::unique_ptr<StartedInit> LinuxSandbox::take_ready(ZygoteHandle& zygote,
                                                      const InitShape& shape) {
  auto it = ready_.find(&zygote);
  if (it == ready_.end()) return nullptr;
  std::unique_ptr<StartedInit> init = std::move(it->second);
  ready_.erase(it);
  if (init->shape() == shape) return init;
  return nullptr;  // a different shape: this one is killed and its cgroup removed
}

void LinuxSandbox::prepare_next(ZygoteHandle& zygote, const InitShape& shape,
                                const std::string& request) {
  auto last = last_shape_.find(&zygote);
  const bool again = last != last_shape_.end() && last->second == shape;
  last_shape_[&zygote] = shape;
  if (!again && finished_.empty()) return;
  auto job = [this, &zygote, shape, request, again] {
    for (const auto& done : finished_) done->kill();  // their teardown goes on meanwhile
    if (again && ready_.count(&zygote) == 0) {
      try {
        ready_[&zygote] = std::make_unique<StartedInit>(zygote, cgroups_.get(), shape, request);
      } catch (const std::exception&) {
        ready_.erase(&zygote);  // the next run starts its own init and reports what fails
      }
    }
    finished_.clear();  // reaps them and removes their cgroups
  };
  // Off the judge's CPU, which the run is about to start on (see pin_to_this_cpu).
  cpu_set_t others = judge_cpus_;
  const int here = ::sched_getcpu();
  if (here >= 0) CPU_CLR(here, &others);
  worker_.post(std::move(job), has_judge_cpus_ && CPU_COUNT(&others) > 0 ? &others : nullptr);
}

void LinuxSandbox::retire(std::unique_ptr<StartedInit> init) {
  worker_.wait_idle();
  // With a next run already started, the init's exit and the cgroup's removal overlap that run;
  // otherwise they happen now.
  if (init && !ready_.empty()) finished_.push_back(std::move(init));
}

namespace {

// The rlimits the program's process sets before exec.
ProcessLimits process_limits(const Limits& limits, bool has_cgroup) {
  ProcessLimits process;
  if (limits.cpu_time_ms > 0) process.cpu_seconds = (limits.cpu_time_ms + 999) / 1000 + 1;
  process.file_size = limits.file_size_bytes;
  process.open_files = limits.max_open_files;
  process.stack = limits.memory_bytes;  // the stack may grow as far as memory allows
  if (!has_cgroup) {
    // Without a cgroup, RLIMIT_DATA is only a guard against runaway allocation: runtimes such as
    // the JVM commit more address space than they ever touch, so the guard sits well above the
    // limit, and MLE is decided on the measured peak (see measure()).
    if (limits.memory_bytes > 0) process.data = limits.memory_bytes + kFallbackDataHeadroom;
    // RLIMIT_NPROC counts the processes of a uid in its user namespace (Linux >= 5.14): as root
    // the program's private host uid, rootless the one inside uid that the zygote, the run's
    // init and the next run's init (started ahead) share with the program, hence the three.
    // (Four: the two programs of a connected pair, run_pair, share it too.)
    if (limits.max_processes > 0) process.processes = limits.max_processes + 4;
  }
  return process;
}

// What the program used, from the cgroup, or without one from the init's rusage.
void measure(MonitorResult&& monitored, StartedInit& init, const Limits& limits,
             RunResult* result) {
  result->wall_time_us = monitored.wall_time_us;
  result->stdout_bytes = monitored.stdout_bytes;
  result->stderr_text = std::move(monitored.stderr_text);
  result->cpu_limit_exceeded = monitored.cpu_limit_exceeded;
  result->wall_limit_exceeded = monitored.wall_limit_exceeded;
  result->output_limit_exceeded = monitored.output_limit_exceeded;
  if (RunCgroup* cgroup = init.cgroup()) {
    const CgroupUsage usage = cgroup->usage();
    result->cpu_time_us = usage.cpu_time_us;
    result->peak_memory_bytes = usage.peak_memory_bytes;
    result->memory_limit_exceeded = usage.oom_killed;
    result->process_limit_hit = usage.pids_limit_hit;
  } else {
    // Without a cgroup the figures are the rusage of the init, which covers every process of the
    // run it reaped, so the init's exit is waited for here.
    const rusage usage = init.wait_for_exit();
    result->cpu_time_us = timeval_us(usage.ru_utime) + timeval_us(usage.ru_stime);
    result->peak_memory_bytes = static_cast<std::int64_t>(usage.ru_maxrss) * 1024;
    result->memory_limit_exceeded =
        limits.memory_bytes > 0 && result->peak_memory_bytes > limits.memory_bytes;
  }
  if (limits.cpu_time_ms > 0 && result->cpu_time_us > limits.cpu_time_ms * 1000) {
    result->cpu_limit_exceeded = true;
  }
}

// How the run ended, from the init's report: a setup failure, or the program's wait status.
// Nothing to read means it was killed (a limit, or the judge stopped the run) before it could
// report.
// stopped_by_judge: a kill without a report was the judge's doing (run_pair), not a failure.
void read_outcome(StartedInit& init, const RunSpec& spec, bool stopped_by_judge,
                  RunResult* result) {
  ChildRecord record{};
  const bool finished = read_init_report(init, &record);
  if (finished && record.kind == RecordKind::kSetupFailed) {
    result->termination = Termination::kSetupFailed;
    result->setup_error = describe_setup_failure(record, spec);
    return;
  }
  if (!finished) {
    // cgroup v2 kills the whole cgroup on OOM (memory.oom.group), the init included.
    const bool limit_hit = result->cpu_limit_exceeded || result->wall_limit_exceeded ||
                           result->output_limit_exceeded || result->memory_limit_exceeded;
    if (!limit_hit && !stopped_by_judge) {
      result->termination = Termination::kSetupFailed;
      result->setup_error = "sandbox: the run's init ended without a report";
      return;
    }
    result->termination = Termination::kSignaled;
    result->signal = SIGKILL;
    return;
  }
  if (record.blocked_syscall >= 0) {
    result->blocked_syscall = syscall_name(record.blocked_syscall, record.blocked_arch);
  }
  if (spec.hand_back_box) {
    UniqueFd box = init.receive_box();
    if (box) result->box = std::make_shared<const UniqueFd>(std::move(box));
  }
  const int status = record.wait_status;
  if (WIFSIGNALED(status)) {
    result->termination = Termination::kSignaled;
    result->signal = WTERMSIG(status);
  } else {
    result->termination = Termination::kExited;
    result->exit_code = WEXITSTATUS(status);
  }
}

}  // namespace

bool read_init_report(StartedInit& init, ChildRecord* record) {
  if (init.has_report()) {
    *record = init.report();
    return true;
  }
  const bool read =
      ::read(init.status_fd(), record, sizeof *record) == static_cast<ssize_t>(sizeof *record);
  if (read) init.keep_report(*record);
  return read;
}

void LinuxSandbox::run_checked(const RunSpec& spec, std::unique_ptr<StartedInit>& init,
                               RunResult* result) {
  ActiveRun run(spec);
  begin(run, -1, -1);
  init = std::move(run.init);
  run.init_view = init.get();
  finish(run, watch(run), result);
}

LinuxSandbox::ActiveRun::ActiveRun(const RunSpec& run_spec) : spec(run_spec) {
  wall_ms = effective_wall_time_ms(spec.limits);
}

void LinuxSandbox::begin(ActiveRun& run, int stdin_fd, int stdout_fd) {
  const RunSpec& spec = run.spec;
  const Limits& limits = spec.limits;
  worker_.wait_idle();
  ZygoteHandle& zygote = zygote_for(spec);

  ProcessLimits process = process_limits(limits, cgroups_ != nullptr);
  process.cpu = spec.cpu >= 0 ? spec.cpu : cpu_;
  if (process.cpu >= CPU_SETSIZE) {
    throw InternalError("sandbox: no such CPU " + std::to_string(process.cpu) + " to pin a run to");
  }
  InitShape shape;
  // The init is in the cgroup too, hence one more process than the program may have.
  shape.cgroup = {limits.memory_bytes, limits.max_processes + 1};
  shape.tmpfs =
      private_tmpfs_sizes(limits.memory_bytes, spec.hand_back_box ? limits.box_read_back_bytes : 0);
  shape.flags = (cgroups_ ? kFlagCgroupNamespace : 0) | (spec.hand_back_box ? kFlagHandBackBox : 0);
  // Files given per run may be replaced between runs (a validator's per-test files, a test's
  // .files): those are mounted when the request comes. /box's contents alone can be mounted ahead.
  if (spec.binds.empty() && spec.box_files.empty()) {
    shape.flags |= kFlagEarlyBox;
    shape.early_box = spec.box_contents;
  }
  const std::string request = encode_request(spec, process, shape.tmpfs, shape.flags);

  UniqueFd input;
  if (stdin_fd < 0) {
    input = open_or_throw(spec.stdin_path.empty() ? "/dev/null" : spec.stdin_path, O_RDONLY);
    stdin_fd = input.get();
  }
  if (stdout_fd < 0) run.output_file = std::make_unique<OutputFile>(spec.stdout_path);
  run.init = take_ready(zygote, shape);
  if (!run.init) run.init = std::make_unique<StartedInit>(zygote, cgroups_.get(), shape, request);
  run.init_view = run.init.get();
  run.init->collect();
  prepare_next(zygote, shape, request);
  pin_to_this_cpu(run.init->pid(), static_cast<int>(process.cpu));
  run.started_ns = monotonic_ns();
  // If the init is gone, its status pipe says why.
  run.init->start(request, stdin_fd, stdout_fd, spec.hand_back_box);
}

MonitorResult LinuxSandbox::watch(const ActiveRun& run) {
  const Limits& limits = run.spec.limits;
  StartedInit& init = *run.init_view;
  MonitoredRun watched{init.pidfd(),
                       init.status_fd(),
                       init.stdout_fd(),
                       init.stderr_fd(),
                       run.output_file ? run.output_file->fd() : -1,
                       init.cgroup()};
  MonitorLimits monitor_limits{limits.cpu_time_ms * 1000, run.wall_ms * 1000, limits.output_bytes,
                               limits.stderr_bytes};
  // The init has reaped every process of the run before it reported, or it is dead (and its pid
  // namespace with it): either way the cgroup's figures are final when this returns.
  return monitor_run(watched, monitor_limits, run.started_ns);
}

void LinuxSandbox::finish(ActiveRun& run, MonitorResult monitored, RunResult* result,
                          bool stopped_by_judge) {
  measure(std::move(monitored), *run.init_view, run.spec.limits, result);
  read_outcome(*run.init_view, run.spec, stopped_by_judge, result);
}

std::unique_ptr<Sandbox> make_sandbox(const SandboxOptions& options) {
  std::unique_ptr<CgroupBackend> cgroups;
  if (options.force_backend != "rlimit") {
    CgroupEnvironment env;
    env.force_backend = options.force_backend;
    cleanup_stale_cgroups(env);
    std::string why_not;
    cgroups = detect_cgroup_backend(env, &why_not);
    if (!cgroups && (options.require_cgroup || !options.force_backend.empty())) {
      throw ConfigError("", "--require-cgroup", "no usable cgroup: " + why_not);
    }
  }
  return std::make_unique<LinuxSandbox>(std::move(cgroups), kernel_supports_user_notification(),
                                        options.cpu);
}

}  // namespace judge::sandbox
