"""`judge verify -j N`: judging, the time-limit derivation, the safety runs and the data checks
(input validators, invalid inputs, sample answers) spread over the cores give the report of -j 1:
the same submissions, verdicts per test, findings in the same order and notes, but for the
measured times.

usage: verify_jobs.py --judge BUILD/judge --source REPO CASE
"""
import json
import re
import sys
from pathlib import Path

from judge_runner import run_case_from_command_line

# A fixed limit with a submission of each verdict, TLE among them (safety runs), and a package
# without a limit (the derivation); one whose input validator rejects a test and accepts an
# invalid input (the data checks, findings in order).
PACKAGES = ["divisor", "no-timelimit",
            Path(__file__).resolve().parent / "verify_data" / "badinput"]

# "120 ms", ">= 1.5 s", "25x": measured figures inside findings and notes (">=" marks a run killed
# at its limit, which a loaded machine may or may not reach).
MEASURED = re.compile(r"(>= )?\d+(\.\d+)?( ms| s|x)\b")
# Which test was slowest is a measurement too when two tests take about the same time.
SLOWEST_TEST = re.compile(r"took T on \S+;")


def without_times(document):
    """What must not depend on -j."""
    submissions = [(row["path"], row["verdict"], row["met"],
                    [(t["name"], t["verdict"]) for t in row["tests"]])
                   for row in document["submissions"]]
    findings = [(f["severity"], f["check"], f["file"], MEASURED.sub("T", f["message"]))
                for f in document["findings"]]
    notes = [SLOWEST_TEST.sub("took T on TEST;", MEASURED.sub("T", note))
             for note in document["notes"]]
    return (submissions, findings, notes, document["sound"], document["exit_code"],
            document["problem"]["time_limit_ms"] if document["problem"]["name"] != "no-timelimit"
            else None)


def case_same_report(judge):
    alone_reports = {}
    for package in PACKAGES:
        problem = judge.problems_dir / package
        package = problem.name
        one, alone = judge.run_json("verify", problem, "--json", "-j", "1")
        alone_reports[problem] = alone
        two, parallel = judge.run_json("verify", problem, "--json", "-j", "2")
        if parallel["jobs"] < 2:
            print(f"SKIP {package}: this machine has one physical core, -j 2 runs as -j 1")
        if without_times(alone) != without_times(parallel):
            two.fail(f"{package}: verify -j 2 reported\n    {without_times(parallel)}\n"
                     f"  -j 1 reported\n    {without_times(alone)}")
        timing = parallel["timing"]
        if not timing["judging_s"] > 0 or set(timing) != {
                "data_checks_s", "derivation_s", "judging_s", "judging_runs_s", "safety_runs_s"}:
            two.fail(f"{package}: timing per phase missing: {timing}")
        print(f"ok   {package}: verify -j {parallel['jobs']} = -j 1 "
              f"({[row['verdict'] for row in parallel['submissions']]}, "
              f"{len(parallel['findings'])} findings)")

    # Two packages in one call share the cores: each reads as its own -j 1 report.
    pair = [judge.problems_dir / PACKAGES[0], PACKAGES[2]]
    both = judge.run("verify", *pair, "--json", "-j", "2")
    if both.returncode not in (0, 1):
        both.fail("expected exit 0 or 1 from verify of two packages")
    for problem, document in zip(pair, json.loads(both.stdout)):
        if without_times(alone_reports[problem]) != without_times(document):
            both.fail(f"{problem.name}: verify -j 2 of two packages reported\n    "
                      f"{without_times(document)}\n  -j 1 of it alone reported\n    "
                      f"{without_times(alone_reports[problem])}")
    print(f"ok   {' + '.join(p.name for p in pair)}: verify -j 2 of both = -j 1 of each")


CASES = {"same-report": case_same_report}


if __name__ == "__main__":
    sys.exit(run_case_from_command_line(__doc__.splitlines()[0], CASES))
