#!/usr/bin/env python3
"""Hostile interactors are contained like a solution.

usage: hostile_interactor.py --judge PATH --source REPO_ROOT

Each case is problems/guess with its interactor replaced by a hostile one (Python), judged with
the accepted submission; the case checks the verdict, that nothing leaked, and that the judge
finished within a bound:
  other-test   reads another test's answer and the problem folder by their host paths: not there
  never-exits  sleeps forever after the game: JE at the validator's own limit, not a hung judge
  floods       writes endlessly to the submission and to stderr: JE (it dies on the closed pipe),
               the judge's memory stays bounded
  stderr-only  100 MB on stderr, then accepts: AC, the stderr kept is capped
  mountinfo    reads its /proc/self/mountinfo and /proc/self/mounts, plays, and reports any host
               path it saw (hostile_checker.MOUNT_SCAN): none (AC)
Exit status 0 when every case passed.
"""
import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hostile_checker import MOUNT_SCAN, MOUNT_VERDICT

PROBLEM = "problems/guess"
SUBMISSION = "submissions/accepted/binary_search.py"

GAME = '''
import sys
secret = int(open(sys.argv[1]).read())
while True:
    kind, guess = input().split()
    guess = int(guess)
    if kind == "!":
        break
    print("<" if secret < guess else ">" if secret > guess else "=", flush=True)
'''

CASES = {
    "other-test": ("AC", 30, '''
import os, sys
leaked = []
for path in [{answer!r}, {problem!r} + "/data/secret/1.in", "/etc/shadow", "/proc/1/environ"]:
    try:
        with open(path) as f:
            leaked.append(path + ": " + f.read(40))
    except OSError:
        pass
''' + GAME + '''
if leaked:
    open(sys.argv[3] + "judgemessage.txt", "w").write("LEAKED " + "; ".join(leaked))
    sys.exit(43)
sys.exit(42)
'''),
    "never-exits": ("JE", 45, GAME + '''
import time
time.sleep(10**6)
'''),
    "floods": ("JE", 30, '''
import sys
block = "x" * 65536
while True:
    sys.stdout.write(block)
    sys.stderr.write(block)
'''),
    "stderr-only": ("AC", 30, '''
import sys
block = "e" * 65536
for _ in range(1600):
    sys.stderr.write(block)
''' + GAME + '''
sys.exit(42)
'''),
    "mountinfo": ("AC", 30, MOUNT_SCAN + GAME + MOUNT_VERDICT),
}


def run_case(judge, source, name, scratch):
    expected, bound_s, program = CASES[name]
    package = scratch / name
    shutil.copytree(source / PROBLEM, package)
    shutil.rmtree(package / "output_validator")
    (package / "output_validator").mkdir()
    program = program.format(answer=str((source / PROBLEM / "data/secret/2.ans").resolve()),
                             problem=str((source / PROBLEM).resolve()))
    (package / "output_validator" / "interactor.py").write_text(program)
    started = time.monotonic()
    # One test is enough: each case costs the validator's limits, not the submission's.
    result = subprocess.run([judge, "run", "--json", "--tests", "sample/*",
                             str(package / SUBMISSION), str(package)],
                            capture_output=True, text=True, timeout=bound_s * 3)
    took = time.monotonic() - started
    try:
        document = json.loads(result.stdout)
    except json.JSONDecodeError:
        return f"{name}: no JSON (exit {result.returncode}): {result.stderr[-400:]}"
    verdict = document.get("verdict")
    if verdict != expected:
        tests = [(t["name"], t["verdict"], t["message"]) for t in document.get("tests", [])]
        return f"{name}: expected {expected}, got {verdict}: {tests}"
    if "LEAKED" in result.stdout:
        return f"{name}: the interactor read what it must not: {result.stdout[-400:]}"
    if took > bound_s:
        return f"{name}: took {took:.1f} s, more than {bound_s} s"
    print(f"ok   {name}: {verdict} in {took:.1f} s", flush=True)
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--judge", required=True)
    parser.add_argument("--source", required=True)
    options = parser.parse_args()
    failures = []
    with tempfile.TemporaryDirectory(prefix="judge-hostile-interactor-") as tmp:
        for name in CASES:
            failure = run_case(options.judge, Path(options.source), name, Path(tmp))
            if failure:
                print(f"FAIL {failure}", flush=True)
                failures.append(failure)
    # The judge drained every flood without keeping it: its children's peak RSS stays small.
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if peak_mib > 512:
        failures.append(f"the judge grew to {peak_mib:.0f} MiB")
    print(f"judge peak memory {peak_mib:.0f} MiB")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
