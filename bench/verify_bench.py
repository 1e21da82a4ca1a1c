#!/usr/bin/env python3
"""How much faster `judge verify -j 2` checks the example packages than `-j 1`, and whether
running two submissions at once moves their measured CPU times.

usage: bench/verify_bench.py [--judge build/judge] [--jobs 2] [--rounds 1] [PROBLEM_DIR...]

Default problems: every package in problems/. First one untimed `-j JOBS` pass fills a private
compile cache, so both timed passes judge with cached binaries (what a problem setter re-running
verify sees). Then each round verifies all the problems in one command, `judge verify DIR...`,
with `-j 1` (the baseline) and with `-j JOBS`, and prints both wall times and their ratio (target
on a 2-core machine: <= 0.60). --each times one `judge verify DIR` per package instead (the
packages one after the other, no overlap between them), for comparison.
It also compares the CPU time of every accepted test run above 20 ms between the two passes
(median relative difference; the issue's bound is 2 %). Run it on an idle machine: other load
changes both figures; with --rounds N every round's figures are printed, for their spread.
Last, where the time of the last round went, per package: the phases verify reports in its JSON
"timing" for each pass (data checks, time-limit derivation, judging with safety runs; of the
judging, the time in judging runs and in safety runs; with several packages at once a package's
phases overlap other packages' work).
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


def verify(judge, problems, jobs, env):
    """Wall seconds of one `judge verify PROBLEMS... --json -j JOBS`, and each package's document."""
    started = time.monotonic()
    completed = subprocess.run([judge, "verify", *map(str, problems), "--json", "-j", str(jobs)],
                               capture_output=True, text=True, env=env)
    elapsed = time.monotonic() - started
    if completed.returncode not in (0, 1):
        sys.exit(f"judge verify {' '.join(map(str, problems))} -j {jobs}: exit "
                 f"{completed.returncode}\n{completed.stderr}")
    documents = json.loads(completed.stdout)
    return elapsed, documents if len(problems) > 1 else [documents]


def verify_pass(judge, problems, jobs, env, each):
    """One pass over the problems: one command, or with `each` one command per package."""
    if not each:
        return verify(judge, problems, jobs, env)
    total, documents = 0.0, []
    for problem in problems:
        elapsed, document = verify(judge, [problem], jobs, env)
        total += elapsed
        documents += document
    return total, documents


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
    parser.add_argument("--each", action="store_true",
                        help="one judge verify per package instead of one for all")
    parser.add_argument("problems", nargs="*")
    options = parser.parse_args()
    problems = [Path(p) for p in options.problems] or sorted(
        p.parent for p in (ROOT / "problems").glob("*/problem.yaml"))

    with tempfile.TemporaryDirectory(prefix="verify-bench-") as cache:
        env = dict(os.environ, XDG_CACHE_HOME=cache, NO_COLOR="1")
        verify_pass(options.judge, problems, options.jobs, env, True)  # fills the compile cache
        serial, parallel, differences = [], [], []
        per_package = {}
        for _ in range(options.rounds):
            for jobs, totals in ((1, serial), (options.jobs, parallel)):
                total, documents = verify_pass(options.judge, problems, jobs, env, options.each)
                totals.append(total)
                times = {}
                for problem, document in zip(problems, documents):
                    per_package.setdefault(problem.name, {})[jobs] = document.get("timing", {})
                    times.update({(problem.name,) + key: value
                                  for key, value in cpu_times(document).items()})
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
    print(f"{'package':16} phases (s): data derive judging (judge runs + safety runs), "
          f"-j 1 | -j {options.jobs}")
    for name, passes in per_package.items():
        print(f"{name:16} " + " | ".join(
            " ".join(f"{passes[jobs].get(key, 0):5.1f}"
                     for key in ("data_checks_s", "derivation_s", "judging_s")) +
            f" ({passes[jobs].get('judging_runs_s', 0):5.1f} + "
            f"{passes[jobs].get('safety_runs_s', 0):5.1f})" for jobs in (1, options.jobs)))
    how = "one command per package" if options.each else "one command for all"
    print(f"judge verify on {len(problems)} packages ({how}), median of {options.rounds} round(s):")
    print(f"  -j 1: {one:.1f} s   -j {options.jobs}: {many:.1f} s   ratio {many / one:.2f}"
          f" (target <= 0.60)")
    if differences:
        print(f"  CPU time of {len(differences)} accepted test runs, -j {options.jobs} vs -j 1: "
              f"median {100 * statistics.median(differences):+.1f} %, "
              f"largest {100 * max(differences, key=abs):+.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
