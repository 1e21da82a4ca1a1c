"""Runs the real `judge` binary for the end-to-end tests and checks what comes back.

Every run gets its own TMPDIR and compile cache (XDG_CACHE_HOME), so tests do not see each
other's files and a run's leftovers can be checked. Failures are collected as messages that name
the command, what was expected, what came back and the judge's stderr.
"""
import argparse
import json
import os
import shlex
import subprocess
import tempfile
from pathlib import Path

# Far above the slowest expected run (a wall-time TLE on every test of a problem).
JUDGE_TIMEOUT_S = 120

FOLDER_VERDICTS = {
    "accepted": "AC",
    "wrong_answer": "WA",
    "time_limit_exceeded": "TLE",
    "run_time_error": "RE",
    "memory_limit_exceeded": "MLE",
}

class TestFailure(Exception):
    """One failed expectation; the message says what was expected and what happened."""


class JudgeResult:
    def __init__(self, argv, completed, tmpdir):
        self.argv = argv
        self.returncode = completed.returncode
        self.stdout = completed.stdout
        self.stderr = completed.stderr
        self.tmpdir = tmpdir
        self.pid = getattr(completed, "pid", None)

    def describe(self):
        stderr = self.stderr.strip() or "(empty)"
        if len(stderr) > 3000:
            stderr = stderr[:3000] + "\n... (stderr truncated)"
        return (f"  command: {shlex.join(self.argv)}\n  exit code: {self.returncode}\n"
                f"  judge stderr:\n    " + stderr.replace("\n", "\n    "))

    def fail(self, what):
        raise TestFailure(f"{what}\n{self.describe()}")

    def json(self):
        try:
            document = json.loads(self.stdout)
        except json.JSONDecodeError as error:
            excerpt = self.stdout[:500] or "(empty)"
            self.fail(f"--json output is not one JSON document ({error}); stdout starts:\n"
                      f"    {excerpt}")
        if not isinstance(document, dict):
            self.fail(f"--json output is a {type(document).__name__}, expected an object")
        return document


class Judge:
    def __init__(self, binary, source_dir):
        self.binary = str(binary)
        self.source_dir = Path(source_dir)
        self.problems_dir = self.source_dir / "problems"
        self._scratch = tempfile.TemporaryDirectory(prefix="judge-e2e-")
        self.scratch = Path(self._scratch.name)
        self._runs = 0

    def close(self):
        self._scratch.cleanup()

    def fresh_dir(self, name):
        self._runs += 1
        path = self.scratch / f"{self._runs:03d}-{name}"
        path.mkdir()
        return path

    def run(self, *args, tmpdir=None, timeout=JUDGE_TIMEOUT_S):
        """Runs `judge ARGS...` and returns a JudgeResult (never raises on a non-zero exit)."""
        tmpdir = tmpdir or self.fresh_dir("tmp")
        env = dict(os.environ)
        env.update(TMPDIR=str(tmpdir), XDG_CACHE_HOME=str(self.scratch / "cache"), NO_COLOR="1")
        argv = [self.binary, *map(str, args)]
        process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env=env, text=True, errors="replace")
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            stdout, stderr = process.communicate()
            completed = subprocess.CompletedProcess(argv, -9, stdout, stderr)
            result = JudgeResult(argv, completed, tmpdir)
            result.fail(f"judge did not finish within {timeout} s")
        completed = subprocess.CompletedProcess(argv, process.returncode, stdout, stderr)
        completed.pid = process.pid
        return JudgeResult(argv, completed, tmpdir)

    def run_json(self, *args, **kwargs):
        """Runs with --json; returns (result, document)."""
        result = self.run(*args, "--json", **kwargs)
        if result.returncode not in (0, 1):
            result.fail("expected exit code 0 or 1 from a judged run")
        return result, result.json()


def expected_test_names(problem_dir):
    """The problem's tests in the documented run order: sample first, then secret, each
    lexicographic by path below data/."""
    data = Path(problem_dir) / "data"
    names = []
    for top in ("sample", "secret"):
        cases = sorted((data / top).rglob("*.in")) if (data / top).is_dir() else []
        names += sorted(str(case.relative_to(data).with_suffix("")) for case in cases)
    return names


def submissions(problem_dir):
    """(folder, expected verdict, file) for every submission file, in a stable order."""
    found = []
    # A submit-answer problem's submissions are folders of answers, not source files.
    answers = "submit-answer" in (Path(problem_dir) / "problem.yaml").read_text(errors="replace")
    for folder, verdict in FOLDER_VERDICTS.items():
        directory = Path(problem_dir) / "submissions" / folder
        if directory.is_dir():
            found += [(folder, verdict, f) for f in sorted(directory.iterdir())
                      if (f.is_dir() if answers else f.is_file())]
    return found


def processes_with(marker):
    """PIDs of live processes whose command line contains marker (read from /proc directly)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue  # exited while we looked, or not ours to read
        if marker.encode() in cmdline:
            pids.append(int(entry.name))
    return pids


def run_case_from_command_line(description, cases):
    """`SCRIPT --judge BUILD/judge --source REPO CASE`: runs cases[CASE]; the exit code (0 ok, 1 a
    failure, printed as FAIL ...)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--judge", required=True, type=Path)
    parser.add_argument("--source", required=True, type=Path)
    parser.add_argument("case", choices=sorted(cases))
    options = parser.parse_args()
    judge = Judge(options.judge.resolve(), options.source.resolve())
    try:
        cases[options.case](judge)
    except TestFailure as failure:
        print(f"FAIL {failure}")
        return 1
    finally:
        judge.close()
    return 0
