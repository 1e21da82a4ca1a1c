#!/usr/bin/env python3
"""The benchmarks of bench/ as the README describes them, on tiny sizes: each runs, measures its
floor in the same run and prints the figures and the ratio the README names. Only the shape of
the output is checked: timing figures on a shared CI machine are not targets.

usage: bench_smoke.py BUILD_DIR SOURCE_DIR
"""
import re
import subprocess
import sys
from pathlib import Path

NUMBER = r"([0-9]+(?:\.[0-9]+)?)"


def run(argv, timeout=600):
    completed = subprocess.run([str(a) for a in argv], capture_output=True, text=True,
                               timeout=timeout)
    if completed.returncode != 0:
        sys.exit(f"FAIL {' '.join(map(str, argv))}: exit {completed.returncode}\n"
                 f"{completed.stdout}{completed.stderr}")
    return completed.stdout


def expect(output, pattern, what):
    match = re.search(pattern, output)
    if not match:
        sys.exit(f"FAIL {what}: no line matching {pattern!r} in:\n{output}")
    if any(float(group) <= 0 for group in match.groups()):
        sys.exit(f"FAIL {what}: a figure is not positive: {match.group(0)!r}")
    return match


def main():
    build, source = Path(sys.argv[1]), Path(sys.argv[2])
    out = run([build / "sandbox_bench", 20])
    expect(out, rf"floor \(bare posix_spawn, files opened once\): median {NUMBER} ms", "sandbox")
    expect(out, rf"ratio \(median sandbox / median bare\): {NUMBER}x", "sandbox")

    out = run([build / "judge_bench", 20, build / "judge"])
    expect(out, rf"floor \(bare posix_spawn, files opened once\): median {NUMBER} ms", "judge")
    expect(out, rf"judge run: +median {NUMBER} ms", "judge")
    expect(out, rf"ratio \(judge median / bare median\): {NUMBER}x", "judge")

    out = run([build / "interactive_bench", 2000, 1])
    expect(out, rf"bare pipes: +{NUMBER} s, {NUMBER} round trips/s", "interactive")
    expect(out, rf"judge sandbox: +{NUMBER} s, {NUMBER} round trips/s", "interactive")
    expect(out, rf"ratio \(sandbox round trips/s / bare round trips/s\): {NUMBER}", "interactive")

    out = run([build / "parallel_bench", 4, 1])
    expect(out, rf"-j 1: floor \(bare posix_spawn, pinned\) {NUMBER} tests/s", "parallel")
    expect(out, rf"per-test CPU {NUMBER} ms", "parallel")
    expect(out, rf"floor per-test CPU {NUMBER} ms", "parallel")

    out = run([sys.executable, source / "bench" / "verify_bench.py", "--judge", build / "judge",
               source / "problems" / "hello"])
    expect(out, rf"-j 1: {NUMBER} s +-j 2: {NUMBER} s +ratio {NUMBER}", "verify")
    print("benchmarks: every figure printed")


if __name__ == "__main__":
    main()
