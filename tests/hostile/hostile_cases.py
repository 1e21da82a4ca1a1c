"""The hostile-program manifest: what each program in cases/ attacks and how the judge must end it.

Every program prints "contained..." as its first token when its attack failed (so the run is a
definite WA against the problem's secret answer) and "PWNED-<case>" only when the attack worked.
A case says:
  verdicts  the verdicts the judge may give, the expected one first (more than one only where
            the kernel may legitimately end the program two ways); AC is never allowed
  got       for WA: the first output token, i.e. the program's own report that it was contained
  message   a substring of tests[0].message (e.g. the signal, or "forbidden system call ptrace"),
            checked when the verdict is the expected (first) one
  blocked   tests[0].blocked_syscall when the verdict names a forbidden system call
  host      extra host-side checks (see run_hostile.py): "canary" (a host process the program
            tries to kill must survive), "listeners" (host sockets the program tries to reach must
            see no connection), "hostname" (the host's name must not change), "files" (the
            hx-pwned files write_outside.c tries to create must not exist on the host), "quotas"
            (quota_probe.py, run as the judge's user during the run, must never fail to get an
            inotify instance or watch, an AIO context, a POSIX message queue, a queued signal, a
            full-size pipe, an epoll watch, an open file or a pty while the program holds all it
            could)
  wrap      "tmpfs_under_usr": the judge runs in a mount namespace of its own where a writable
            tmpfs is mounted at /usr/local/games (below the read-only /usr); root only
  min_cpu_ms  a lower bound for tests[0].cpu_ms (CPU time of every process of the run counts)
  problem   the problem directory (problem_runs_in_row for programs that attack the next run);
            per-test expectations then come from got_per_test
Every case also gets the universal checks: exit code 1, valid JSON, no marker and no judge secret
in anything the judge printed or wrote, no process of the run and no run cgroup left behind, the
judge's peak memory bounded, the judge's temp dir empty.
"""
from dataclasses import dataclass
from typing import Optional, Tuple

from host_abi import host_has_i386_abi

GROUPS = ("resources", "processes", "filesystem", "syscalls", "network")


@dataclass(frozen=True)
class Case:
    file: str
    group: str
    verdicts: Tuple[str, ...]
    got: Optional[str] = None
    message: Optional[str] = None
    blocked: Optional[str] = None
    host: Tuple[str, ...] = ()
    problem: str = "problem"
    got_per_test: Tuple[str, ...] = ()
    min_cpu_ms: int = 0
    # Other verdicts allowed in the rootless run, where no cgroup exists (cgroup v1 host).
    rootless_also: Tuple[str, ...] = ()
    wrap: str = ""

    @property
    def name(self):
        return self.file.rsplit(".", 1)[0] + ("_py" if self.file.endswith(".py") else "")


def contained(file, group, got="contained", **extra):
    """An attack that must simply fail: the program reports it and gets WA."""
    return Case(file, group, ("WA",), got=got, **extra)


def forbidden(file, syscall, group="syscalls"):
    """A system call the seccomp policy denies: RE naming the call."""
    return Case(file, group, ("RE",), message=f"forbidden system call {syscall}",
                blocked=syscall)


def i386_call(file, syscall):
    """An i386 system call through int 0x80: the policy names it, unless the host kernel has no
    i386 ABI at all, where the instruction itself faults (SIGSEGV) and no call ever runs."""
    if host_has_i386_abi():
        return forbidden(file, f"{syscall} (i386 ABI)")
    return Case(file, "syscalls", ("RE",), message="SIGSEGV")


def verdict(file, group, *verdicts, **extra):
    return Case(file, group, verdicts, **extra)


CASES = [
    # --- resources: every bomb is stopped by a limit ---------------------------------------
    contained("fork_bomb.c", "resources"),  # process limit: fork fails
    verdict("fork_bomb_classic.c", "resources", "TLE"),  # spins on failing forks until killed
    # Each of Python's forks costs CPU time: on a loaded machine the CPU limit may end it first.
    verdict("fork_bomb.py", "resources", "WA", "TLE", got="contained"),
    contained("thread_bomb.c", "resources"),
    contained("thread_bomb.py", "resources"),
    # Without a cgroup the bomb really gets the limit + 1 GiB before the RLIMIT_DATA guard stops
    # it (MLE is then judged on the measured peak); touching that much memory may take longer
    # than the wall limit on a loaded machine.
    verdict("memory_malloc.c", "resources", "MLE", message="memory limit",
            rootless_also=("TLE",)),
    verdict("memory_mmap.c", "resources", "MLE", message="memory limit",
            rootless_also=("TLE",)),
    # The stack grows until either the memory limit (MLE) or the stack limit (SIGSEGV) is hit.
    verdict("memory_stack.c", "resources", "MLE", "RE"),
    verdict("memory_bomb.py", "resources", "MLE", message="memory limit",
            rootless_also=("TLE",)),
    # /tmp and /box are as big as the memory limit and their pages are charged to the run's
    # memory cgroup: the limit (MLE) or the tmpfs size (ENOSPC, WA) stops the filling.
    verdict("fill_tmp.c", "resources", "WA", "MLE", got="contained"),
    verdict("fill_box.py", "resources", "WA", "MLE", got="contained"),
    contained("fill_inodes.c", "resources", got="contained:"),  # tmpfs nr_inodes, each its own
    verdict("huge_file.c", "resources", "OLE", message="SIGXFSZ"),  # RLIMIT_FSIZE
    verdict("stdout_flood.c", "resources", "OLE", message="output limit"),
    # 1 GiB of stderr costs CPU time; on a loaded machine that may pass the limit.
    verdict("stderr_flood.c", "resources", "WA", "TLE", got="contained:"),
    verdict("stderr_flood.py", "resources", "WA", "TLE", got="contained:"),
    verdict("sleep_forever.py", "resources", "TLE", message="wall time"),
    verdict("busy_loop.c", "resources", "TLE"),
    verdict("close_stdout.c", "resources", "TLE", message="wall time"),
    # The children's CPU time counts: the CPU limit ends it (or the wall limit on a loaded
    # machine), and the reported CPU time includes the children's (the main process sleeps).
    verdict("cpu_children.py", "resources", "TLE", min_cpu_ms=500),
    # oom_score_adj -1000 must fail, and the memory limit must hold either way.
    verdict("oom_score_adj.py", "resources", "MLE", message="memory limit"),
    contained("rt_priority.c", "resources"),
    # Host-wide kernel quotas: measured from the host side while the program holds them.
    contained("inotify_exhaust.c", "resources", host=("quotas",)),
    contained("aio_exhaust.c", "resources", got="contained-ENOSYS", host=("quotas",)),
    contained("mqueue_exhaust.c", "resources", host=("quotas",)),
    contained("sigqueue_exhaust.c", "resources", host=("quotas",)),
    contained("pipe_buffers.c", "resources", got="contained:", host=("quotas",)),
    contained("epoll_watches.c", "resources", got="contained:", host=("quotas",)),
    contained("open_files.c", "resources", got="contained:", host=("quotas",)),
    contained("ptys.c", "resources", got="contained:", host=("quotas",)),
    verdict("core_dump.c", "resources", "RE", message="SIGABRT"),
    # --- processes: nothing outlives the run, nothing outside it can be signalled -------------
    contained("double_fork.py", "processes"),
    contained("fork_writer.py", "processes"),
    contained("kill_all.c", "processes", got="contained:", host=("canary",)),
    contained("kill_scan.py", "processes", host=("canary",)),
    Case("persist_between_runs.py", "processes", ("WA",), problem="problem_runs_in_row",
         got_per_test=("contained", "contained-first", "contained")),
    # --- filesystem: the host's files are neither readable nor writable -----------------------
    contained("read_shadow.c", "filesystem"),
    contained("read_answer.py", "filesystem"),
    contained("judge_files.py", "filesystem"),
    contained("judge_cmdline.py", "filesystem"),
    contained("write_outside.c", "filesystem", host=("files",)),
    contained("symlink_tricks.py", "filesystem"),
    contained("hardlink_tricks.c", "filesystem"),
    contained("proc_mem.c", "filesystem", got="contained-selfmem-ok"),
    contained("chmod_setuid.c", "filesystem"),
    contained("setuid_exec.py", "filesystem"),
    contained("setuid_root.c", "filesystem"),
    contained("proc_sys_write.py", "filesystem"),
    contained("sysrq.c", "filesystem"),
    contained("hostname.c", "filesystem", host=("hostname",)),
    contained("dev_access.py", "filesystem"),
    contained("cgroup_escape.py", "filesystem"),
    contained("readonly_submount.c", "filesystem", got="contained-EROFS-shown", wrap="tmpfs_under_usr"),
    contained("lease.py", "filesystem"),
    contained("env_and_fds.py", "filesystem"),
    contained("mountinfo.c", "filesystem", got="contained:"),  # no host path in mountinfo
    # --- syscalls: the seccomp policy stops the run and names the call ------------------------
    forbidden("ptrace_traceme.c", "ptrace"),
    forbidden("ptrace_attach.py", "ptrace"),
    forbidden("process_vm_readv.c", "process_vm_readv"),
    forbidden("mount.c", "mount"),
    forbidden("umount.py", "umount2"),
    forbidden("unshare_user.c", "unshare"),
    forbidden("setns.py", "setns"),
    forbidden("chroot.c", "chroot"),
    forbidden("pivot_root.py", "pivot_root"),
    forbidden("fsopen.c", "fsopen"),
    forbidden("open_tree.py", "open_tree"),
    forbidden("clone_newns.c", "clone"),
    contained("clone3_newuser.c", "syscalls", got="contained-ENOSYS"),  # errno, not a kill
    forbidden("io_uring.c", "io_uring_setup"),
    # Foreign ABIs are killed by the filter's architecture check, which cannot name the call.
    # Foreign ABIs are denied whole; the verdict names the call and its ABI.
    forbidden("x32_syscall.c", "getpid (x32 ABI)"),
    i386_call("int80.c", "ptrace"),
    forbidden("keyctl.c", "keyctl"),
    forbidden("add_key.py", "add_key"),
    forbidden("bpf.c", "bpf"),
    forbidden("perf_event_open.py", "perf_event_open"),
    forbidden("userfaultfd.c", "userfaultfd"),
    forbidden("fanotify.c", "fanotify_init"),
    forbidden("personality.c", "personality"),
    forbidden("personality_bsd.py", "personality"),
    forbidden("open_by_handle.c", "open_by_handle_at"),
    forbidden("reboot.c", "reboot"),
    forbidden("init_module.c", "init_module"),
    forbidden("kexec_load.py", "kexec_load"),
    forbidden("syslog.py", "syslog"),
    forbidden("clock_settime.py", "clock_settime"),
    forbidden("tiocsti.c", "ioctl"),
    # --- network: nothing outside the sandbox's empty network namespace is reachable ----------
    contained("network.py", "network", host=("listeners",)),
    contained("unix_sockets.c", "network", host=("listeners",)),
    forbidden("netlink.py", "socket", group="network"),
    forbidden("af_packet.c", "socket", group="network"),
    forbidden("socket_high_bits.c", "socket", group="network"),
    forbidden("socket_family.py", "socket", group="network"),  # AF_CAN: not on the allowlist
    forbidden("socketpair_family.c", "socketpair", group="network"),
]

# Run again as an ordinary user (no root, so no private host uid and, on a cgroup v1 host, no
# cgroup): the bombs, the escapes and the classic attacks.
ROOTLESS = ("fork_bomb.c", "fork_bomb_classic.c", "fork_bomb.py", "thread_bomb.py",
            "memory_malloc.c", "memory_bomb.py", "stdout_flood.c", "sleep_forever.py",
            "double_fork.py", "kill_all.c", "kill_scan.py", "read_shadow.c", "read_answer.py",
            "write_outside.c", "env_and_fds.py", "setuid_exec.py", "ptrace_traceme.c",
            "ptrace_attach.py", "unshare_user.c", "network.py", "inotify_exhaust.c",
            "aio_exhaust.c", "mqueue_exhaust.c", "sigqueue_exhaust.c", "lease.py",
            "epoll_watches.c", "open_files.c", "ptys.c")

BY_FILE = {case.file: case for case in CASES}
assert len(BY_FILE) == len(CASES), "duplicate case file"
assert all(case.group in GROUPS for case in CASES)
assert all("AC" not in case.verdicts for case in CASES)
assert all(name in BY_FILE for name in ROOTLESS)
assert not any(BY_FILE[name].wrap for name in ROOTLESS), "wrapping needs root"
