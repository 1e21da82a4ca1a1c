#!/usr/bin/env python3
"""Hostile output validators (checkers) are contained like a solution.

usage: hostile_checker.py --judge PATH --source REPO_ROOT

Each case is problems/aplusb given a hostile output validator (Python, Kattis protocol) and
judged with the accepted submission on one sample; the case checks the verdict, that nothing
leaked or was written on the host, and that the judge finished within a bound:
  other-test     reads another test's answer, the problem folder and host secrets by their host
                 paths: none is there (AC)
  never-exits    sleeps forever: JE at the validator's time limit, not a hung judge
  floods         writes endlessly to stdout and stderr: JE, the judge's memory stays bounded
  feedback-flood writes judgemessage.txt until something stops it: the judge reads a bounded part
                 (WA or JE, never a judge crash)
  forks          forks until it cannot: JE, bounded by the validator's process limit
  writes-outside writes to /tmp, the problem folder and its own working dir, then accepts: AC,
                 and nothing appears on the host
  mountinfo      reads its /proc/self/mountinfo and /proc/self/mounts and reports any host path
                 it sees there (a staging folder, the old root, a host path as a mount's root or
                 an overlay's layer): none (AC)
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

PROBLEM = "problems/aplusb"
SUBMISSION = "submissions/accepted/aplusb.py"
MARKER = "judge-hostile-checker-marker"

# What a validator sees of the mounts. Like cases/mountinfo.c: no host path in any line, and a
# mount's root (its path inside its file system) is "/" or the path it is mounted at. An
# unreadable or empty mountinfo is reported too, so that the case cannot pass by seeing nothing.
MOUNT_SCAN = r'''
import sys
FORBIDDEN = ["/.host", "judge-", "/work", "/root", "/home", "lowerdir=/", "upperdir=/tmp",
             "workdir=/tmp", "/var/tmp"]
def mount_leaks():
    bad = []
    for name in ["/proc/self/mountinfo", "/proc/self/mounts"]:
        try:
            lines = open(name).read().splitlines()
        except OSError as error:
            return [name + " unreadable: " + str(error)]
        if not lines:
            return [name + " is empty"]
        for line in lines:
            fields = line.split()
            leaked = any(word in line for word in FORBIDDEN)
            if name.endswith("mountinfo") and fields[3] != "/" and not fields[4].endswith(fields[3]):
                leaked = True
            if leaked:
                bad.append(line)
    return bad
leaks = mount_leaks()
'''
# Reports what MOUNT_SCAN found as the verdict: WA with the lines, or AC.
MOUNT_VERDICT = '''
if leaks:
    open(sys.argv[3] + "judgemessage.txt", "w").write("LEAKED " + " | ".join(leaks))
    sys.exit(43)
sys.exit(42)
'''

CASES = {
    "other-test": (("AC",), 30, '''
import sys
leaked = []
for path in [{answer!r}, {problem!r} + "/data/secret", "/etc/shadow", "/proc/1/environ"]:
    try:
        with open(path) as f:
            leaked.append(path + ": " + f.read(40))
    except OSError:
        pass
if leaked:
    open(sys.argv[3] + "judgemessage.txt", "w").write("LEAKED " + "; ".join(leaked))
    sys.exit(43)
sys.exit(42)
'''),
    "never-exits": (("JE",), 30, '''
import time
time.sleep(10**6)
'''),
    "floods": (("JE",), 30, '''
import sys
block = "x" * 65536
while True:
    sys.stdout.write(block)
    sys.stderr.write(block)
'''),
    "feedback-flood": (("WA", "JE"), 30, '''
import sys
block = "m" * 65536
with open(sys.argv[3] + "judgemessage.txt", "w") as f:
    for _ in range(1 << 14):
        f.write(block)
sys.exit(43)
'''),
    "forks": (("JE",), 30, '''
import os, time
children = 0
while True:
    if os.fork() == 0:
        time.sleep(10**6)
    children += 1
'''),
    "writes-outside": (("AC",), 30, '''
import sys
for path in ["/tmp/{marker}", {problem!r} + "/{marker}", "{marker}"]:
    try:
        open(path, "w").write("written by a checker")
    except OSError:
        pass
sys.exit(42)
'''),
    "mountinfo": (("AC",), 30, MOUNT_SCAN + MOUNT_VERDICT),
}


def run_case(judge, source, name, scratch):
    expected, bound_s, program = CASES[name]
    package = scratch / name
    shutil.copytree(source / PROBLEM, package)
    (package / "problem.yaml").write_text(
        (package / "problem.yaml").read_text() + "  validation_time: 2\n")
    (package / "output_validator").mkdir()
    program = program.format(answer=str((package / "data/sample/2.ans").resolve()),
                             problem=str(package.resolve()), marker=MARKER)
    (package / "output_validator" / "checker.py").write_text(program)
    started = time.monotonic()
    result = subprocess.run([judge, "run", "--json", "--tests", "sample/1",
                             str(package / SUBMISSION), str(package)],
                            capture_output=True, text=True, timeout=bound_s * 3)
    took = time.monotonic() - started
    try:
        document = json.loads(result.stdout)
    except json.JSONDecodeError:
        return f"{name}: no JSON (exit {result.returncode}): {result.stderr[-400:]}"
    verdict = document.get("verdict")
    if verdict not in expected:
        tests = [(t["name"], t["verdict"], t["message"]) for t in document.get("tests", [])]
        return f"{name}: expected {'/'.join(expected)}, got {verdict}: {tests}"
    if "LEAKED" in result.stdout:
        return f"{name}: the checker read what it must not: {result.stdout[-400:]}"
    written = [p for p in (Path("/tmp") / MARKER, package / MARKER) if p.exists()]
    if written:
        return f"{name}: the checker wrote on the host: {written}"
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
    with tempfile.TemporaryDirectory(prefix="judge-hostile-checker-") as tmp:
        for name in CASES:
            failure = run_case(options.judge, Path(options.source), name, Path(tmp))
            if failure:
                print(f"FAIL {failure}", flush=True)
                failures.append(failure)
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if peak_mib > 512:
        failures.append(f"the judge grew to {peak_mib:.0f} MiB")
    print(f"judge peak memory {peak_mib:.0f} MiB")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
