#!/usr/bin/env python3
"""The data and time-limit checks of a package, run through the real judge binary.

usage: verify_data.py --judge PATH --source REPO_ROOT CASE

Cases (each registered as its own CTest test; packages in tests/e2e/verify_data/):
  run-derives   `judge run` on a package without a time limit derives it from the accepted
                submissions, says how, and takes it from the cache the second time
"""
import argparse
import sys

sys.dont_write_bytecode = True
from judge_runner import Judge, TestFailure


def case_run_derives(judge):
    package = judge.problems_dir / "no-timelimit"
    solution = package / "submissions" / "accepted" / "sum.py"
    first = judge.run("run", solution, package, "--json")
    if first.returncode != 0 or first.json().get("verdict") != "AC":
        first.fail("the accepted submission of a package without a limit must be AC")
    for words in ("NO TIME LIMIT", "derived from its accepted submissions",
                  "submissions/accepted/sum.py", "x time_multiplier 5", "time limit 1 s"):
        if words not in first.stderr:
            first.fail(f"the note must say how the limit was derived ({words!r} missing)")
    # Python's time factor 2 applies on top of the derived 1 s.
    if first.json().get("limits", {}).get("time_ms") != 2000:
        first.fail(f"the derived limit was not applied: {first.json().get('limits')}")
    second = judge.run("run", solution, package, "--json")
    if "(cached)" not in second.stderr or second.json().get("verdict") != "AC":
        second.fail("the second run must take the derived limit from the cache")
    # --time-limit wins: nothing is derived.
    third = judge.run("run", solution, package, "--json", "--time-limit", "3s")
    if "derived" in third.stderr or third.json().get("limits", {}).get("time_ms") != 6000:
        third.fail("--time-limit must be used as given, without a derivation")
    print("ok   run-derives: derived, explained, cached; --time-limit wins", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--judge", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("case", choices=["run-derives"])
    options = parser.parse_args()
    judge = Judge(options.judge, options.source)
    try:
        globals()["case_" + options.case.replace("-", "_")](judge)
    except TestFailure as failure:
        print(f"FAIL {failure}")
        return 1
    finally:
        judge.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
