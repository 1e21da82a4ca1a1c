#!/usr/bin/env python3
"""How much faster `judge verify -j 2` checks the example packages than `-j 1`, and whether
running two submissions at once moves their measured CPU times.

usage: bench/verify_bench.py [--judge build/judge] [--jobs 2] [--rounds 1] [PROBLEM_DIR...]

Default problems: every package in problems/. First one untimed `-j JOBS` pass fills a private
compile cache, so both timed passes judge with cached binaries (what a problem setter re-running
verify sees). Then each round verifies every problem with `-j 1` (the baseline) and with
`-j JOBS`, and prints both wall times and their ratio (target on a 2-core machine: <= 0.60).
It also compares the CPU time of every accepted test run above 20 ms between the two passes
(median relative difference; the issue's bound is 2 %). Run it on an idle machine: other load
changes both figures; with --rounds N every round's figures are printed, for their spread.
Last, where the time of the last round went, per package: wall seconds of each pass, and for the
-j 1 pass the phases verify reports in its JSON "timing" (data checks, time-limit derivation,
judging with safety runs; of the judging, the time in judging runs and in safety runs).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def verify(judge, problem, jobs, env):
    started = time.monotonic()
    completed = subprocess.run([judge, "verify", str(problem), "--json", "-j", str(jobs)],
                               capture_output=True, text=True, env=env)
    elapsed = time.monotonic() - started
    if completed.returncode not in (0, 1):
        sys.exit(f"judge verify {problem} -j {jobs}: exit {completed.returncode}\n"
                 f"{completed.stderr}")
    return elapsed, json.loads(completed.stdout)


def cpu_times(document):
    times = {}
    for row in document["submissions"]:
        for test in row["tests"]:
            if test["verdict"] == "AC":
                times[(row["path"], test["name"])] = test["cpu_ms"]
    return times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--judge", default=str(ROOT / "build" / "judge"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("problems", nargs="*")
    options = parser.parse_args()
    problems = [Path(p) for p in options.problems] or sorted(
        p.parent for p in (ROOT / "problems").glob("*/problem.yaml"))

    with tempfile.TemporaryDirectory(prefix="verify-bench-") as cache:
        env = dict(os.environ, XDG_CACHE_HOME=cache, NO_COLOR="1")
        for problem in problems:
            verify(options.judge, problem, options.jobs, env)  # fills the compile cache
        serial, parallel, differences = [], [], []
        per_package = {}
        for _ in range(options.rounds):
            for jobs, totals in ((1, serial), (options.jobs, parallel)):
                total = 0.0
                times = {}
                for problem in problems:
                    elapsed, document = verify(options.judge, problem, jobs, env)
                    total += elapsed
                    per_package.setdefault(problem.name, {})[jobs] = (elapsed,
                                                                      document.get("timing", {}))
                    times.update({(problem.name,) + key: value
                                  for key, value in cpu_times(document).items()})
                totals.append(total)
                if jobs == 1:
                    baseline = times
                else:
                    for key, value in times.items():
                        base = baseline.get(key)
                        if base is not None and base >= 20:
                            differences.append((value - base) / base)
    one, many = statistics.median(serial), statistics.median(parallel)
    for number, (a, b) in enumerate(zip(serial, parallel), 1):
        print(f"round {number}: -j 1 {a:.1f} s, -j {options.jobs} {b:.1f} s, ratio {b / a:.2f}")
    print(f"{'package':16} {'-j 1':>7} {'-j ' + str(options.jobs):>7}  phases of -j 1 (s): "
          "data derive judging (judge runs + safety runs)")
    for name, passes in per_package.items():
        wall_one, timing = passes[1]
        wall_many = passes[options.jobs][0]
        phases = " ".join(f"{timing.get(key, 0):6.1f}" for key in
                          ("data_checks_s", "derivation_s", "judging_s"))
        print(f"{name:16} {wall_one:7.1f} {wall_many:7.1f}  {phases} "
              f"({timing.get('judging_runs_s', 0):.1f} + {timing.get('safety_runs_s', 0):.1f})")
    print(f"judge verify on {len(problems)} packages, median of {options.rounds} round(s):")
    print(f"  -j 1: {one:.1f} s   -j {options.jobs}: {many:.1f} s   ratio {many / one:.2f}"
          f" (target <= 0.60)")
    if differences:
        print(f"  CPU time of {len(differences)} accepted test runs, -j {options.jobs} vs -j 1: "
              f"median {100 * statistics.median(differences):+.1f} %, "
              f"largest {100 * max(differences, key=abs):+.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
