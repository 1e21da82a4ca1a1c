#!/usr/bin/python3
"""Hostile packages and solution directories: files the judge opens on behalf of others.

usage: run_hostile_files.py --judge PATH --source REPO_ROOT --group packages|solution-dirs
                            [--case NAME]... [--rootless]

Each case builds its package or solution directory in a scratch dir (links to host files cannot be
checked in), runs the real judge with --json and --junit, and checks:
  - the outcome: a verdict (JSON) or exit 2 with a message naming the offending file;
  - no leak: the host secret (a root-only file the attack points at) and the other test's answer
    appear nowhere in what the judge printed or wrote (JSON, stderr, JUnit);
  - the host is unchanged: the secret file and the package keep their bytes;
  - nothing is left: the judge's TMPDIR is empty, no process of the run outlives the judge;
  - the judge finished in time (a FIFO must not hang it) with bounded memory.
--rootless runs the cases marked ROOTLESS as the ordinary user judge-test (needs root to create
it, otherwise SKIP), where only remove_tree's chmod can clean a mode-000 directory.
"""
import argparse
import json
import os
import pwd
import secrets
import shutil
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True
from host_traces import processes_with_argument, wait_until_gone  # noqa: E402

JUDGE_TIMEOUT_S = 90  # above the slowest case (a validator that spins for its 10 s CPU limit)
JUDGE_MAX_RSS_MIB = 256
MAX_REPORT_BYTES = 256 << 10  # a feedback file of 16 MiB must not reach the report whole
TEST_USER = "judge-test"
# Only the samples run: data/secret/2.ans (the "other test's answer") is never shown legitimately.
LIMITS = ["--time-limit", "0.5s", "--memory-limit", "256m", "--tests", "sample/*"]

SOLUTION = "print(int(input()) * 2)\n"
PROBLEM_YAML = "problem_format_version: 2025-09\nname: Hostile files\n"
# A fair validator: compares tokens. Hostile ones replace it (HOSTILE_VALIDATORS).
FAIR_VALIDATOR = """import sys
ans = open(sys.argv[2]).read().split()
out = sys.stdin.read().split()
open(sys.argv[3] + "judgemessage.txt", "w").write("ok" if out == ans else "differs")
sys.exit(42 if out == ans else 43)
"""


def validator(body):
    """A Python output validator whose body sees fb (the feedback dir) and secret (host path)."""
    return ("import os, sys, time\nfb = sys.argv[3]\nsecret = SECRET_PATH\nsys.stdin.read()\n"
            + body)


HOSTILE_VALIDATORS = {
    # The judge would read the host's root-only file with its own rights into the report.
    "feedback_link_to_host": validator(
        "os.symlink(secret, fb + 'judgemessage.txt')\nsys.exit(43)\n"),
    # Another test's answer, by its absolute host path (the package is on the host).
    "feedback_link_to_answer": validator(
        "os.symlink(OTHER_ANSWER, fb + 'judgemessage.txt')\nsys.exit(43)\n"),
    # A relative link: the host resolves it beside the staged answer of this test.
    "feedback_link_relative": validator(
        "os.symlink('../answer', fb + 'judgemessage.txt')\nsys.exit(42)\n"),
    # Reading a FIFO with no writer blocks for ever.
    "feedback_fifo": validator("os.mkfifo(fb + 'judgemessage.txt')\nsys.exit(43)\n"),
    # 200 MiB into the host's staging dir: the per-file limit stops it at 16 MiB. Then the same
    # into judgemessage.txt, which the report must show only as an excerpt.
    "feedback_huge": validator(
        "written = 0\ntry:\n  with open(fb + 'huge.bin', 'wb') as f:\n"
        "    for _ in range(200):\n      f.write(b'x' * (1 << 20))\n      f.flush()\n"
        "      written += 1 << 20\nexcept OSError:\n  pass\n"
        "try:\n  with open(fb + 'judgemessage.txt', 'w') as f:\n"
        "    f.write('contained' if written <= 16 << 20 else 'PWNED')\n"
        "    for _ in range(200): f.write(' x' * (1 << 19))\nexcept OSError:\n  pass\n"
        "sys.exit(43)\n"),
    # A directory no rootless judge could remove without chmod, left in the feedback dir.
    "feedback_unremovable": validator(
        "os.makedirs(fb + 'locked/inner')\nopen(fb + 'locked/inner/f', 'w').write('x')\n"
        "os.chmod(fb + 'locked/inner', 0)\nos.chmod(fb + 'locked', 0)\nsys.exit(42)\n"),
    "validator_never_exits": validator("while True:\n  pass\n"),
    "validator_floods": validator(
        "chunk = b'y' * (1 << 20)\nfor _ in range(300):\n"
        "  sys.stdout.buffer.write(chunk)\n  sys.stderr.buffer.write(chunk)\nsys.exit(43)\n"),
}


class Case:
    def __init__(self, name, group, build, verdict=None, exit_code=1, names=None,
                 per_test=None, rootless=False):
        self.name, self.group, self.build = name, group, build
        self.verdict = verdict  # overall JSON verdict when the judge judges
        self.exit_code = exit_code
        self.names = names  # exit 2: the message must name this file
        self.per_test = per_test  # substring of tests[0].message
        self.rootless = rootless


class Scratch:
    """One case's world: host secret, package, solution, the judge's TMPDIR and cwd."""

    def __init__(self, user):
        self.root = tempfile.mkdtemp(prefix="judge-hostile-files-")
        os.chmod(self.root, 0o755)
        self.token = "HOSTSECRET-" + secrets.token_hex(8)
        self.host = os.path.join(self.root, "host")
        os.mkdir(self.host, 0o700)  # unreachable for the sandbox user and judge-test
        self.secret = os.path.join(self.host, "secret.txt")
        with open(self.secret, "w") as f:
            f.write(self.token + "\n")
        os.chmod(self.secret, 0o600)
        self.other_token = "OTHERANSWER-" + secrets.token_hex(8)
        self.problem = os.path.join(self.root, "problem")
        self.solution = os.path.join(self.root, "solution")
        self.tmpdir = os.path.join(self.root, "tmp")
        self.cwd = os.path.join(self.root, "cwd")
        for path in (self.problem, self.solution, self.tmpdir, self.cwd):
            os.mkdir(path)
            if user is not None:
                os.chown(path, user.pw_uid, user.pw_gid)

    def write(self, relative, text, base=None):
        path = os.path.join(base or self.problem, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        return path

    def package(self, validator_source=FAIR_VALIDATOR):
        self.write("problem.yaml", PROBLEM_YAML)
        self.write("data/sample/1.in", "2\n")
        self.write("data/sample/1.ans", "4\n")
        self.write("data/secret/2.in", "3\n")
        # Its answer is also the "other test's answer" the attacks aim at: the token stands in
        # for bytes a submission must never see.
        self.write("data/secret/2.ans", f"6\n{self.other_token}\n")
        if validator_source is not None:
            source = (validator_source.replace("SECRET_PATH", repr(self.secret))
                      .replace("OTHER_ANSWER",
                               repr(os.path.join(self.problem, "data/secret/2.ans"))))
            self.write("output_validator/validator.py", source)

    def solution_dir(self):
        self.write("main.py", SOLUTION, base=self.solution)

    def snapshot(self):
        """Every file of the package and the host secret, with bytes and modes."""
        files = {}
        for base in (self.problem, self.host):
            for directory, _, names in os.walk(base):
                for name in names:
                    path = os.path.join(directory, name)
                    st = os.lstat(path)
                    if os.path.islink(path):
                        files[path] = ("link", os.readlink(path))
                    elif os.path.isfile(path):
                        with open(path, "rb") as f:
                            files[path] = (st.st_mode, f.read())
                    else:
                        files[path] = (st.st_mode, None)
        return files

    def make_readable(self):
        for directory, dirs, names in os.walk(self.root):
            if directory == self.host:
                dirs[:] = []
                continue
            os.chmod(directory, 0o755)
            for name in names:
                path = os.path.join(directory, name)
                if os.path.isfile(path) and not os.path.islink(path):
                    os.chmod(path, 0o644)

    def remove(self):
        subprocess.run(["chmod", "-R", "u+rwx", self.root], capture_output=True)
        subprocess.run(["rm", "-rf", self.root], check=True)  # deep_tree is too deep for rmtree


# --- the cases ------------------------------------------------------------------------------


def hostile_validator(name):
    return lambda s: (s.package(HOSTILE_VALIDATORS[name]), s.solution_dir())


def link_out(relative, target_of):
    def build(s):
        s.package()
        os.symlink(target_of(s), os.path.join(s.problem, relative))
        s.solution_dir()
    return build


def fifo_in_package(relative):
    def build(s):
        s.package()
        os.mkfifo(os.path.join(s.problem, relative))
        s.solution_dir()
    return build


def in_package_links(s):
    s.package()
    s.write("shared/3.in", "5\n")
    s.write("shared/3.ans", "10\n")
    os.symlink("../../shared/3.in", os.path.join(s.problem, "data/sample/3.in"))
    os.symlink("../../shared/3.ans", os.path.join(s.problem, "data/sample/3.ans"))
    s.solution_dir()


def validator_source_link_out(s):
    s.package(None)
    os.makedirs(os.path.join(s.problem, "output_validator"))
    os.symlink(s.secret, os.path.join(s.problem, "output_validator", "validator.py"))
    s.solution_dir()


def solution_with(kind):
    def build(s):
        s.package()
        s.solution_dir()
        target = os.path.join(s.solution, "data.txt")
        if kind == "link_to_host":
            os.symlink(s.secret, target)
        elif kind == "link_to_answers":
            os.symlink(os.path.join(s.problem, "data/secret/2.ans"), target)
        elif kind == "dir_link":
            os.symlink(s.host, os.path.join(s.solution, "lib"))
        elif kind == "dash_name":
            s.write("-Bx.py", "print(1)\n", base=s.solution)
        elif kind == "fifo":
            os.mkfifo(os.path.join(s.solution, "pipe.py"))
    return build


def deep_tree(s):
    s.package()
    s.solution_dir()
    fd = os.open(s.solution, os.O_RDONLY | os.O_DIRECTORY)
    for _ in range(2000):  # deeper than PATH_MAX; never copied, so harmless
        os.mkdir("d", dir_fd=fd)
        child = os.open("d", os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
        os.close(fd)
        fd = child
    os.close(fd)


CASES = [
    Case("feedback_link_to_host", "packages", hostile_validator("feedback_link_to_host"), "JE",
         per_test="symbolic link"),
    Case("feedback_link_to_answer", "packages", hostile_validator("feedback_link_to_answer"),
         "JE", per_test="symbolic link"),
    Case("feedback_link_relative", "packages", hostile_validator("feedback_link_relative"), "JE",
         per_test="symbolic link"),
    Case("feedback_fifo", "packages", hostile_validator("feedback_fifo"), "JE", per_test="FIFO"),
    Case("feedback_huge", "packages", hostile_validator("feedback_huge"), "WA",
         per_test="contained"),
    Case("feedback_unremovable", "packages", hostile_validator("feedback_unremovable"), "AC",
         exit_code=0, rootless=True),
    Case("validator_never_exits", "packages", hostile_validator("validator_never_exits"), "JE",
         per_test="time limit"),
    # Killed at the output limit: a broken validator, never a verdict about the solution.
    Case("validator_floods", "packages", hostile_validator("validator_floods"), "JE",
         per_test="wrote more than"),
    Case("data_link_to_host", "packages",
         link_out("data/secret/3.in", lambda s: s.secret), exit_code=2, names="3.in"),
    Case("answer_link_relative_out", "packages",
         link_out("data/secret/3.ans", lambda s: "../../../host/secret.txt"), exit_code=2,
         names="3.ans"),
    Case("data_folder_link_out", "packages",
         link_out("data/secret/group", lambda s: s.host), exit_code=2, names="group"),
    Case("validator_source_link_out", "packages", validator_source_link_out, exit_code=2,
         names="validator.py"),
    Case("data_fifo", "packages", fifo_in_package("data/secret/3.in"), exit_code=2,
         names="3.in"),
    Case("in_package_links", "packages", in_package_links, "AC", exit_code=0),
    Case("link_to_host", "solution-dirs", solution_with("link_to_host"), exit_code=2,
         names="data.txt"),
    Case("link_to_answers", "solution-dirs", solution_with("link_to_answers"), exit_code=2,
         names="data.txt"),
    Case("dir_link", "solution-dirs", solution_with("dir_link"), exit_code=2, names="lib"),
    Case("dash_name", "solution-dirs", solution_with("dash_name"), exit_code=2, names="-Bx.py"),
    Case("fifo", "solution-dirs", solution_with("fifo"), exit_code=2, names="pipe.py"),
    Case("deep_tree", "solution-dirs", deep_tree, "AC", exit_code=0),
]
GROUPS = ("packages", "solution-dirs")


# --- running and checking ---------------------------------------------------------------------


def peak_rss_mib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0


def run_judge(judge, s, user, data_dir):
    junit = os.path.join(s.cwd, "junit.xml")
    argv = [judge, "run", s.solution, s.problem, "--json", "--verbose", "--junit", junit, *LIMITS]
    if user is not None:
        argv = ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--init-groups",
                "--", *argv]
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": s.cwd, "TMPDIR": s.tmpdir,
           "XDG_CACHE_HOME": os.path.join(s.cwd, "cache"), "NO_COLOR": "1", "LANG": "C.UTF-8"}
    if data_dir:
        env["JUDGE_DATA_DIR"] = data_dir
    out_path, err_path = os.path.join(s.root, "stdout"), os.path.join(s.root, "stderr")
    started = time.monotonic()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                   cwd=s.cwd, env=env)
    rss, timed_out = 0, False
    while process.poll() is None:
        rss = max(rss, peak_rss_mib(process.pid))
        if time.monotonic() - started > JUDGE_TIMEOUT_S:
            timed_out = True
            process.kill()
        time.sleep(0.02)
    texts = {}
    for label, path in (("JSON", out_path), ("stderr", err_path), ("JUnit", junit)):
        texts[label] = open(path, errors="replace").read() if os.path.exists(path) else ""
    return process.returncode, texts, rss, timed_out, time.monotonic() - started


def check(case, s, returncode, texts, rss, timed_out, before):
    failures = []
    if timed_out:
        failures.append(f"the judge did not finish within {JUDGE_TIMEOUT_S} s (a FIFO hang?)")
    if returncode != case.exit_code:
        failures.append(f"exit code {returncode}, expected {case.exit_code}: "
                        f"{texts['stderr'][-300:]!r}")
    outcome = f"exit {returncode}"
    if case.exit_code == 2:
        message = texts["stderr"]
        if case.names not in message:
            failures.append(f"the error does not name {case.names!r}: {message[-300:]!r}")
    else:
        try:
            document = json.loads(texts["JSON"])
            outcome = document["verdict"]
            if outcome != case.verdict:
                failures.append(f"verdict {outcome}, expected {case.verdict}")
            first = next((t for t in document["tests"] if t["verdict"] == case.verdict), None)
            if case.per_test and case.per_test not in ((first or {}).get("message") or ""):
                messages = [(t.get("message") or "")[:100] for t in document["tests"]]
                failures.append(f"no {case.verdict} test says {case.per_test!r}: {messages}")
        except (ValueError, KeyError, TypeError) as error:
            failures.append(f"--json output is not a report ({error}): {texts['JSON'][:200]!r}")
        if not texts["JUnit"]:
            failures.append("no JUnit file written")
    for label, text in texts.items():
        for token, what in ((s.token, "the host secret"), (s.other_token, "another test's answer")):
            if token in text:
                failures.append(f"{what} leaked into {label}")
    for label, text in texts.items():
        if len(text) > MAX_REPORT_BYTES:
            failures.append(f"{label} is {len(text)} bytes: program text is not bounded")
    if rss > JUDGE_MAX_RSS_MIB:
        failures.append(f"judge peak RSS {rss:.0f} MiB > {JUDGE_MAX_RSS_MIB} MiB")
    if s.snapshot() != before:
        failures.append("the package or the host secret changed")
    left = os.listdir(s.tmpdir)
    if left:
        failures.append(f"left in the judge's TMPDIR: {left}")
    procs = wait_until_gone(lambda: processes_with_argument(s.root))
    if procs:
        failures.append(f"processes outlived the judge: {procs[:3]}")
    return outcome, failures


def run_case(case, judge, user=None, data_dir=None):
    s = Scratch(user)
    try:
        case.build(s)
        if user is not None:
            s.make_readable()
        before = s.snapshot()
        returncode, texts, rss, timed_out, elapsed = run_judge(judge, s, user, data_dir)
        outcome, failures = check(case, s, returncode, texts, rss, timed_out, before)
        return outcome, elapsed, failures
    finally:
        s.remove()


def ensure_test_user():
    try:
        return pwd.getpwnam(TEST_USER)
    except KeyError:
        pass
    result = subprocess.run(["useradd", "--no-create-home", "--shell", "/usr/sbin/nologin",
                             "--user-group", TEST_USER], capture_output=True, text=True)
    if result.returncode not in (0, 9):
        raise SystemExit(f"useradd {TEST_USER} failed: {result.stderr.strip()}")
    return pwd.getpwnam(TEST_USER)


def stage_judge(binary, source):
    """The judge and its data where judge-test can read them."""
    stage = tempfile.mkdtemp(prefix="judge-hostile-files-stage-")
    os.makedirs(os.path.join(stage, "bin"))
    shutil.copy2(binary, os.path.join(stage, "bin", "judge"))
    for data in ("languages", "seccomp"):
        shutil.copytree(os.path.join(source, data), os.path.join(stage, "data", data))
    for directory, _, files in os.walk(stage):
        os.chmod(directory, 0o755)
        for name in files:
            path = os.path.join(directory, name)
            os.chmod(path, 0o755 if os.access(path, os.X_OK) else 0o644)
    return stage


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--judge", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--group", action="append", choices=GROUPS, default=[])
    parser.add_argument("--case", action="append", default=[])
    parser.add_argument("--rootless", action="store_true")
    args = parser.parse_args()
    judge = os.path.abspath(args.judge)
    chosen = [c for c in CASES if c.group in args.group or c.name in args.case]
    failed = []
    started = time.monotonic()

    def report(label, case, result):
        outcome, elapsed, failures = result
        print(f"{label}{case.group}/{case.name:28} {outcome:7} {elapsed:5.1f}s  "
              f"{'FAIL' if failures else 'PASS'}", flush=True)
        for failure in failures:
            print(f"    - {failure}", flush=True)
        if failures:
            failed.append(label + case.name)

    for case in chosen:
        report("", case, run_case(case, judge))
    if args.rootless:
        if os.geteuid() != 0:
            print("SKIP: the rootless part needs root to create the test user")
        else:
            user = ensure_test_user()
            stage = stage_judge(judge, args.source)
            try:
                for case in (c for c in CASES if c.rootless):
                    report("rootless/", case,
                           run_case(case, os.path.join(stage, "bin", "judge"), user,
                                    os.path.join(stage, "data")))
            finally:
                shutil.rmtree(stage, ignore_errors=True)
    print(f"{len(failed)} failed ({time.monotonic() - started:.0f} s)"
          + (": " + ", ".join(failed) if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
