#!/usr/bin/python3
"""The hostile-program suite: judges every program in tests/hostile/cases/ with the real `judge`
binary and checks that each attack was contained (manifest and checks: hostile_cases.py).

usage: run_hostile.py --judge PATH --source REPO_ROOT [--group G]... [--case FILE]... [--rootless]
       run_hostile.py --list

--group runs one group of the manifest (CTest registers one test per group); --case one program;
--rootless runs the ROOTLESS subset as the ordinary user `judge-test` (created when missing; needs
root, otherwise the part is skipped). Prints one line per case: name, verdict, PASS/FAIL, and under
a failure every broken expectation. Exit status 0 when every case passed.
"""
import argparse
import json
import os
import pwd
import resource
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
from host_traces import (OUTSIDE_DIRS, PWNED_FILE, Canary, Listeners, private_host_uid,
                         processes_of_uid, processes_with_argument, run_cgroups_of,
                         wait_until_gone)
from hostile_cases import BY_FILE, CASES, GROUPS, ROOTLESS

HERE = os.path.dirname(os.path.abspath(__file__))
# A writable tmpfs below the read-only /usr, in the judge's own mount namespace (Case.wrap).
WRAPPERS = {"tmpfs_under_usr": ["unshare", "--mount", "--propagation", "private", "--", "sh", "-c",
                                'mount -t tmpfs -o mode=1777,size=1m tmpfs /usr/local/games '
                                '&& echo shown > /usr/local/games/hx-marker && exec "$@"', "sh"]}
MARKER = "PWNED"
LIMITS = ["--time-limit", "1s", "--memory-limit", "128m", "--wall-time-limit", "3s"]
JUDGE_TIMEOUT_S = 60  # far above any case's wall limit: reaching it means the judge hung
JUDGE_MAX_RSS_MIB = 256  # the judge must stream floods, not buffer them
TEST_USER = "judge-test"
# Safety net whenever the sandboxed programs run as a real user's uid (rootless): without a
# cgroup nothing else might stop a fork bomb from hurting the (shared) machine. The judge gets
# RLIMIT_NPROC = that user's processes + this, far above the 64 processes that make
# fork_bomb.c report PWNED (so a missing process limit still shows).
SAFETY_NPROC = 512


class Judge:
    """How to start the judge: the binary, where cases and problems are, and as whom."""

    def __init__(self, binary, cases_dir, problems_dir, user=None, data_dir=None):
        self.binary = binary
        self.cases_dir = cases_dir
        self.problems_dir = problems_dir
        self.user = user  # None: as the driver (root or not); else a pwd entry
        self.data_dir = data_dir
        self.cache = tempfile.mkdtemp(prefix="judge-hostile-cache-")
        self.own(self.cache)

    def own(self, path):
        if self.user is not None:
            os.chown(path, self.user.pw_uid, self.user.pw_gid)

    def prefix(self):
        if self.user is None:
            return []
        return ["setpriv", f"--reuid={self.user.pw_uid}", f"--regid={self.user.pw_gid}",
                "--init-groups", "--"]

    def sandbox_uid(self, judge_pid):
        if self.user is not None:
            return self.user.pw_uid
        return private_host_uid(judge_pid) if os.geteuid() == 0 else os.geteuid()

    def close(self):
        shutil.rmtree(self.cache, ignore_errors=True)


class Run:
    """One judge invocation on one hostile program, with everything needed to judge it."""

    def __init__(self, judge, case):
        self.judge = judge
        self.case = case
        self.scratch = tempfile.mkdtemp(prefix=f"judge-hostile-{case.name}-")
        os.chmod(self.scratch, 0o755)
        self.tmpdir, self.cwd = os.path.join(self.scratch, "tmp"), os.path.join(self.scratch, "cwd")
        for path in (self.tmpdir, self.cwd):
            os.mkdir(path)
            judge.own(path)
        self.junit = os.path.join(self.cwd, "junit.xml")
        self.problem = os.path.join(judge.problems_dir, case.problem)
        self.source = os.path.join(judge.cases_dir, case.file)
        self.secret = "hx-judge-secret-" + secrets.token_hex(8)
        self.pid = None
        self.returncode = None
        self.signal = None
        self.timed_out = False
        self.max_rss_mib = 0
        self.elapsed_s = 0.0
        self.stdout = self.stderr = self.junit_text = ""

    def argv(self):
        wrapper = WRAPPERS[self.case.wrap] if self.case.wrap else []
        return [*wrapper, *self.judge.prefix(), self.judge.binary, "run", self.source, self.problem, "--json",
                "--verbose", "--junit", self.junit, *LIMITS]

    def environment(self):
        env = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
               "HOME": self.cwd, "TMPDIR": self.tmpdir, "XDG_CACHE_HOME": self.judge.cache,
               "NO_COLOR": "1", "LANG": "C.UTF-8", "HX_JUDGE_SECRET": self.secret}
        if self.judge.data_dir:
            env["JUDGE_DATA_DIR"] = self.judge.data_dir
        return env

    def execute(self):
        """Runs the judge, sampling its own peak RSS (VmHWM) until it exits: wait4's ru_maxrss
        would also count the sandboxed programs, which the judge reaps."""
        out_path, err_path = (os.path.join(self.scratch, n) for n in ("stdout", "stderr"))
        preexec = None
        if self.judge.user is not None or os.geteuid() != 0:
            uid = self.judge.user.pw_uid if self.judge.user is not None else os.geteuid()
            limit = len(processes_of_uid(uid)) + SAFETY_NPROC
            preexec = lambda: resource.setrlimit(resource.RLIMIT_NPROC,  # noqa: E731
                                                 (limit, limit))
        started = time.monotonic()
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            process = subprocess.Popen(self.argv(), stdin=subprocess.DEVNULL, stdout=out,
                                       stderr=err, cwd=self.cwd, env=self.environment(),
                                       preexec_fn=preexec)
        self.pid = process.pid
        while True:
            self.max_rss_mib = max(self.max_rss_mib, peak_rss_mib(process.pid))
            pid, status, _ = os.wait4(process.pid, os.WNOHANG)
            if pid == process.pid:
                break
            if time.monotonic() - started > JUDGE_TIMEOUT_S and not self.timed_out:
                self.timed_out = True
                process.kill()
            time.sleep(0.01)
        process.returncode = 0  # reaped by wait4 above; keep Popen from waiting again
        self.elapsed_s = time.monotonic() - started
        if os.WIFSIGNALED(status):
            self.signal = os.WTERMSIG(status)
        else:
            self.returncode = os.WEXITSTATUS(status)
        with open(out_path, errors="replace") as f:
            self.stdout = f.read()
        with open(err_path, errors="replace") as f:
            self.stderr = f.read()
        if os.path.exists(self.junit):
            with open(self.junit, errors="replace") as f:
                self.junit_text = f.read()

    def cleanup(self):
        shutil.rmtree(self.scratch, ignore_errors=True)


def peak_rss_mib(pid):
    """VmHWM of one live process (0 once it is gone or a zombie)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0


def outside_paths(run):
    """The host paths write_outside.c would create if it could."""
    dirs = list(OUTSIDE_DIRS) + [run.problem, os.path.join(run.problem, "data", "secret"),
                                 run.cwd]
    return [os.path.join(d, PWNED_FILE) for d in dirs]


def check_document(run, failures):
    """The verdict, per-test expectations and the JSON itself. Returns the overall verdict."""
    case = run.case
    try:
        document = json.loads(run.stdout)
        tests = document["tests"]
        overall = document["verdict"]
    except (ValueError, KeyError, TypeError) as error:
        failures.append(f"--json output is not a judge report ({error}): {run.stdout[:300]!r}")
        return "?"
    allowed = case.verdicts + (case.rootless_also if run.judge.user is not None else ())
    expected_tests = len(case.got_per_test) or 1
    if len(tests) != expected_tests:
        failures.append(f"{len(tests)} tests in the report, expected {expected_tests}")
    if overall == "AC" or overall not in allowed:
        failures.append(f"verdict {overall}, expected {' or '.join(sorted(allowed))}")
    for index, test in enumerate(tests):
        got = (test.get("difference") or {}).get("got")
        want_got = case.got_per_test[index] if case.got_per_test else case.got
        if test.get("verdict") == "WA" and want_got is not None and got != want_got:
            failures.append(f"test {test.get('name')}: program printed {got!r} first, expected "
                            f"{want_got!r} (its own report that the attack was contained)")
        if test.get("verdict") not in allowed:
            failures.append(f"test {test.get('name')}: verdict {test.get('verdict')}")
    if tests and (tests[0].get("cpu_ms") or 0) < case.min_cpu_ms:
        failures.append(f"cpu_ms {tests[0].get('cpu_ms')} < {case.min_cpu_ms}: the CPU time of "
                        f"child processes is not counted")
    if tests and tests[0].get("verdict") == case.verdicts[0]:
        first = tests[0]
        if case.message and case.message not in (first.get("message") or ""):
            failures.append(f"message {first.get('message')!r} lacks {case.message!r}")
        if case.blocked and first.get("blocked_syscall") != case.blocked:
            failures.append(f"blocked_syscall {first.get('blocked_syscall')!r}, "
                            f"expected {case.blocked!r}")
    return overall


def check_run(run, listeners, canary, hostname_before, failures):
    if run.timed_out:
        failures.append(f"the judge did not finish within {JUDGE_TIMEOUT_S} s (killed)")
    if run.signal is not None:
        failures.append(f"the judge was killed by signal {run.signal}")
    elif run.returncode != 1:
        failures.append(f"judge exit code {run.returncode}, expected 1 (a test not AC)")
    overall = check_document(run, failures)
    marked = []
    for label, text in (("JSON", run.stdout), ("judge stderr", run.stderr),
                        ("JUnit XML (output and stderr excerpts)", run.junit_text)):
        if MARKER in text:
            at = text.index(MARKER)
            marked.append(f"{label}: {text[at:at + 100].splitlines()[0]!r}")
        if run.secret in text:
            failures.append(f"the judge's environment leaked into {label}")
    if marked:
        failures.append("the attack worked; its marker is in the " + "; the ".join(marked))
    if not run.junit_text:
        failures.append("no JUnit file written")
    if run.max_rss_mib > JUDGE_MAX_RSS_MIB:
        failures.append(f"judge peak RSS {run.max_rss_mib:.0f} MiB > {JUDGE_MAX_RSS_MIB} MiB")
    uid = run.judge.sandbox_uid(run.pid)
    exclude = {canary.process.pid} if canary else set()
    shared_uid = uid == os.geteuid()  # a judge run by an ordinary user, without --rootless
    left = wait_until_gone(lambda: processes_of_uid(uid, exclude, shared_uid))
    if left:
        failures.append(f"processes of the run (uid {uid}) outlived the judge: {left[:5]}")
    clones = wait_until_gone(lambda: processes_with_argument(run.source))
    if clones:
        failures.append(f"the judge's zygote or a run init outlived it: {clones[:5]}")
    cgroups = wait_until_gone(lambda: run_cgroups_of(run.pid))
    if cgroups:
        failures.append(f"run cgroups left behind: {cgroups[:5]}")
    leftovers = os.listdir(run.tmpdir)
    if leftovers:
        failures.append(f"the judge left files in its TMPDIR: {leftovers[:5]}")
    if canary is not None and not canary.alive():
        failures.append("the canary host process was killed")
    if listeners is not None:
        failures += listeners.problems
        if listeners.connections:
            failures.append(f"host listeners were reached: {listeners.connections}")
    if hostname_before is not None and socket.gethostname() != hostname_before:
        failures.append(f"the host name changed to {socket.gethostname()!r}")
    if "files" in run.case.host:
        created = [path for path in outside_paths(run) if os.path.lexists(path)]
        if created:
            failures.append(f"files created on the host: {created}")
            for path in created:
                os.unlink(path)
    return overall


class QuotaProbe:
    """quota_probe.py as the judge's user, for the whole judge run (Case.host "quotas")."""

    def __init__(self, judge):
        with open(os.path.join(HERE, "quota_probe.py")) as f:
            source = f.read()
        self.process = subprocess.Popen([*judge.prefix(), sys.executable, "-c", source],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.process.stdout.readline()  # "ready"

    def finish(self, failures):
        out, _ = self.process.communicate("", timeout=30)
        try:
            report = json.loads(out)
        except ValueError:
            failures.append(f"the quota probe failed: {out[:200]!r}")
            return
        for quota, errors in report["failures"].items():
            if errors:
                failures.append(f"the host's {quota} failed during the run ({errors[0]}): the "
                                f"program took a host-wide quota")
        if min(report["attempts"].values()) < 10:
            failures.append(f"the quota probe measured too little: {report['attempts']}")

    def stop(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def run_case(judge, case):
    """Judges one program; returns (verdict, failures)."""
    run = Run(judge, case)
    canary = listeners = hostname_before = probe = None
    failures = []
    try:
        if "quotas" in case.host:
            probe = QuotaProbe(judge)
        if "files" in case.host:
            for path in outside_paths(run):
                if os.path.lexists(path):  # a leftover of an earlier broken run
                    os.unlink(path)
        if "canary" in case.host:
            canary = Canary(judge.prefix())
        if "listeners" in case.host:
            listeners = Listeners()
        if "hostname" in case.host:
            hostname_before = socket.gethostname()
        run.execute()
        if listeners is not None:
            time.sleep(0.1)  # let the accept loop see a connection made just before the end
        if probe is not None:
            probe.finish(failures)  # the judge is gone: what the probe saw covers the whole run
        overall = check_run(run, listeners, canary, hostname_before, failures)
    finally:
        if probe is not None:
            probe.stop()
        if canary is not None:
            canary.stop()
        if listeners is not None:
            listeners.close()
        run.cleanup()
    return overall, run.elapsed_s, failures


def run_cases(judge, cases, label=""):
    failed = []
    for case in cases:
        overall, elapsed, failures = run_case(judge, case)
        status = "FAIL" if failures else "PASS"
        print(f"{label}{case.name:24} {overall:4} {elapsed:5.1f}s  {status}", flush=True)
        for failure in failures:
            print(f"    - {failure}", flush=True)
        if failures:
            failed.append(label + case.name)
    return failed


def ensure_test_user():
    try:
        return pwd.getpwnam(TEST_USER)
    except KeyError:
        pass
    # An ordinary account: no home, no login shell, no sudo, its own group.
    result = subprocess.run(["useradd", "--no-create-home", "--shell", "/usr/sbin/nologin",
                             "--user-group", TEST_USER], capture_output=True, text=True)
    if result.returncode not in (0, 9):  # 9: created meanwhile by someone else
        raise SystemExit(f"useradd {TEST_USER} failed: {result.stderr.strip()}")
    return pwd.getpwnam(TEST_USER)


def stage_for_user(binary, source, user):
    """Copies the judge, its data, the problems and the cases where `user` can read them."""
    stage = tempfile.mkdtemp(prefix="judge-hostile-rootless-")
    os.makedirs(os.path.join(stage, "bin"))
    shutil.copy2(binary, os.path.join(stage, "bin", "judge"))
    for data in ("languages", "seccomp"):
        shutil.copytree(os.path.join(source, data), os.path.join(stage, "data", data))
    for name in ("problem", "problem_runs_in_row", "cases"):
        shutil.copytree(os.path.join(HERE, name), os.path.join(stage, name))
    for directory, _, files in os.walk(stage):
        os.chmod(directory, 0o755)
        for name in files:
            path = os.path.join(directory, name)
            os.chmod(path, 0o755 if os.access(path, os.X_OK) else 0o644)
    judge = Judge(os.path.join(stage, "bin", "judge"), os.path.join(stage, "cases"), stage,
                  user=user, data_dir=os.path.join(stage, "data"))
    return stage, judge


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--judge", help="the judge binary")
    parser.add_argument("--source", help="the repository root")
    parser.add_argument("--group", action="append", choices=GROUPS, default=[])
    parser.add_argument("--case", action="append", default=[], help="a file in cases/")
    parser.add_argument("--rootless", action="store_true")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    if args.list:
        for case in CASES:
            print(f"{case.group:11} {case.file:26} {'/'.join(case.verdicts)}")
        return 0
    if not args.judge or not args.source:
        parser.error("--judge and --source are required")
    if not os.access(args.judge, os.X_OK):
        print(f"FAIL: no judge binary at {args.judge} (build the `judge` target)")
        return 1
    unknown = [name for name in args.case if name not in BY_FILE]
    if unknown:
        parser.error(f"unknown case {unknown}; see --list")
    chosen = [c for c in CASES if c.group in args.group or c.file in args.case]
    if not args.group and not args.case:
        chosen = [] if args.rootless else CASES
    failed = []
    started = time.monotonic()
    if chosen:
        judge = Judge(os.path.abspath(args.judge), os.path.join(HERE, "cases"), HERE)
        try:
            failed += run_cases(judge, chosen)
        finally:
            judge.close()
    if args.rootless:
        if os.geteuid() != 0:
            print("SKIP: rootless part needs root to create the test user")
        else:
            user = ensure_test_user()
            stage, judge = stage_for_user(os.path.abspath(args.judge), args.source, user)
            try:
                failed += run_cases(judge, [BY_FILE[f] for f in ROOTLESS], label="rootless/")
            finally:
                judge.close()
                shutil.rmtree(stage, ignore_errors=True)
    print(f"{len(failed)} failed ({time.monotonic() - started:.0f} s)"
          + (": " + ", ".join(failed) if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
