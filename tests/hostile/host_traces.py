"""Host-side evidence for the hostile suite: what a run may have left on the host, and the bait
(a canary process, listening sockets) that a successful attack would disturb.

Everything here is read from /proc and the cgroup filesystems, so it works for any judge
started by the driver, whoever it runs as.
"""
import fcntl
import os
import socket
import subprocess
import threading
import time

# Where write_outside.c tries to create "hx-pwned" (host paths; the problem directory and the
# judge's cwd are added by the driver).
OUTSIDE_DIRS = ("/", "/usr", "/usr/bin", "/etc", "/home", "/root", "/var/tmp", "/dev", "/lib",
                "/bin", "/tmp")
PWNED_FILE = "hx-pwned"

LISTENER_PORT = 39217  # network.py connects here; keep in sync with it
ABSTRACT_NAMES = (b"\0judge", b"\0hx-hostile-listener")
LISTENER_LOCK = "/tmp/judge-hostile-listeners.lock"  # one driver binds the names at a time


def private_host_uid(judge_pid):
    """The host uid a root judge gives its sandboxed programs (linux_sandbox.cc)."""
    return 60000 + judge_pid % 5000


def processes_of_uid(uid, exclude=(), foreign_pid_namespace_only=False):
    """[(pid, comm, cmdline)] of every live process whose real or effective uid is `uid`. With
    foreign_pid_namespace_only (when the sandbox's uid is the driver's own, so the uid alone
    would also match the driver and its user's other processes), only processes in another pid
    namespace than the driver's: those are sandboxed programs."""
    own_namespace = os.readlink("/proc/self/ns/pid")

    def matches(status, cmdline, pid):
        if str(uid) not in status.get("Uid", "").split()[:2]:
            return False
        if not foreign_pid_namespace_only:
            return True
        try:
            return os.readlink(f"/proc/{pid}/ns/pid") != own_namespace
        except OSError:
            return False

    return _processes(matches, exclude)


def processes_with_argument(argument):
    """[(pid, comm, cmdline)] of every live process with `argument` in its command line: the
    judge's zygote and run inits are clones of the judge and keep its argv."""
    return _processes(lambda status, cmdline, pid: argument in cmdline, (os.getpid(),))


def _processes(matches, exclude):
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) in exclude:
            continue
        try:
            with open(f"/proc/{name}/status") as f:
                status = dict(line.split(":", 1) for line in f if ":" in line)
            with open(f"/proc/{name}/cmdline", "rb") as f:
                cmdline = f.read().replace(b"\0", b" ").decode(errors="replace").strip()
        except (OSError, ValueError):
            continue  # exited meanwhile
        if matches(status, cmdline, name) and status.get("State", "").split()[:1] != ["Z"]:
            found.append((int(name), status.get("Name", "").strip(), cmdline))
    return found


def cgroup_roots():
    """Mount points of every cgroup (v1) and cgroup2 filesystem."""
    roots = []
    with open("/proc/self/mountinfo") as f:
        for line in f:
            fields = line.split()
            fstype = fields[fields.index("-") + 1]
            if fstype in ("cgroup", "cgroup2"):
                roots.append(fields[4])
    return roots


def run_cgroups_of(judge_pid):
    """Run cgroups ("judge-<pid>-<n>") of this judge still present in any hierarchy. The
    judge's own v2 leaf "judge-<pid>-self" is left for the next judge by design (cgroup.h)."""
    prefix = f"judge-{judge_pid}-"
    left = []
    for root in cgroup_roots():
        for directory, subdirs, _ in os.walk(root):
            for sub in subdirs:
                if sub.startswith(prefix) and sub != prefix + "self":
                    left.append(os.path.join(directory, sub))
            # Run cgroups are children of the judge's own cgroup, never deep below a match.
            subdirs[:] = [s for s in subdirs if not s.startswith("judge-")]
    return left


def wait_until_gone(probe, grace_s=2.0):
    """Polls probe() until it returns nothing or grace_s passes; returns the last result. The
    kernel tears a pid namespace down asynchronously, so a short grace is fair."""
    deadline = time.monotonic() + grace_s
    while True:
        result = probe()
        if not result or time.monotonic() > deadline:
            return result
        time.sleep(0.05)


class Canary:
    """A host process with the judge's own credentials that kill_all.c and friends try to kill."""

    def __init__(self, prefix_argv=()):
        self.process = subprocess.Popen([*prefix_argv, "/bin/sleep", "300"],
                                        stdin=subprocess.DEVNULL)

    def alive(self):
        return self.process.poll() is None

    def stop(self):
        if self.alive():
            self.process.kill()
        self.process.wait()


class Listeners:
    """TCP 127.0.0.1:LISTENER_PORT and the abstract unix names in ABSTRACT_NAMES, in the host's
    network namespace; records every connection. Serialised across drivers by a lock file."""

    def __init__(self):
        self.connections = []
        self.problems = []
        self._lock_file = open(LISTENER_LOCK, "w")
        fcntl.flock(self._lock_file, fcntl.LOCK_EX)
        self._sockets = []
        self._bind(socket.AF_INET, ("127.0.0.1", LISTENER_PORT), f"tcp {LISTENER_PORT}")
        for name in ABSTRACT_NAMES:
            self._bind(socket.AF_UNIX, name, "abstract " + name[1:].decode())
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)
        self._thread.start()

    def _bind(self, family, address, label):
        s = socket.socket(family, socket.SOCK_STREAM)
        if family == socket.AF_INET:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(address)
        except OSError as error:
            s.close()
            self.problems.append(f"could not listen on {label}: {error}")
            return
        s.listen(8)
        s.settimeout(0.05)
        self._sockets.append((s, label))

    def _accept_loop(self):
        while not self._stop.is_set():
            for s, label in self._sockets:
                try:
                    connection, _ = s.accept()
                except (socket.timeout, OSError):
                    continue
                self.connections.append(label)
                connection.close()

    def close(self):
        self._stop.set()
        self._thread.join()
        for s, _ in self._sockets:
            s.close()
        fcntl.flock(self._lock_file, fcntl.LOCK_UN)
        self._lock_file.close()
