#!/usr/bin/env python3
"""The data and time-limit checks of a package, run through the real judge binary.

usage: verify_data.py --judge PATH --source REPO_ROOT CASE

Cases (each registered as its own CTest test; packages in tests/e2e/verify_data/):
  run-derives   `judge run` on a package without a time limit derives it from the accepted
                submissions, says how, and takes it from the cache the second time
  bad-input     `judge verify` fails a package whose input validator rejects a test, naming
                the file and the validator's reason, and an invalid_input case it accepts; group
                input_validator_args reach the validator
  sensitive     `judge verify` calls a submission whose verdict changes at the safety limit
                sensitive to the time limit, with both times, and reports the margin
  derives       `judge verify` on a package without a time limit derives it, says how, and
                --write-time-limit writes it into problem.yaml keeping the rest of the file
"""
import shutil
import argparse
import sys
from pathlib import Path

sys.dont_write_bytecode = True
from judge_runner import Judge, TestFailure

HERE = Path(__file__).resolve().parent / "verify_data"


def verify_json(judge, package, *args, exit_code):
    result = judge.run("verify", package, "--json", "-j", "1", *args)
    if result.returncode != exit_code:
        result.fail(f"judge verify {package.name}: expected exit {exit_code}")
    return result, result.json()


def finding(result, document, file, *words):
    for item in document.get("findings", []):
        if item.get("file") == file and all(word in item.get("message", "") for word in words):
            return item
    result.fail(f"no finding about {file} saying {words}; findings: {document.get('findings')}")


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
    cached = list((judge.scratch / "cache" / "judge" / "time-limits").iterdir())
    if len(cached) != 1 or len(cached[0].name) != 64:
        second.fail(f"expected one cache entry named by a sha256 in time-limits/: {cached}")
    print("ok   run-derives: derived, explained, cached; --time-limit wins", flush=True)


def case_bad_input(judge):
    result, document = verify_json(judge, HERE / "badinput", exit_code=1)
    item = finding(result, document, "data/secret/02_negative.in", "input_validators/bounds.py",
                   "exit code 43", "expected one line of two non-negative integers")
    if item["severity"] != "error" or item["check"] != "input-validator":
        result.fail(f"a rejected test input must be an input-validator error: {item}")
    finding(result, document, "data/invalid_input/valid_by_mistake.in",
            "every input validator accepted it")
    # secret/01.in (300 400) is valid only with its group's input_validator_args --max 1000.
    for file in ("data/invalid_input/too_big.in", "data/invalid_input/letters.in",
                 "data/secret/01.in", "data/sample/1.in"):
        if any(item.get("file") == file for item in document["findings"]):
            result.fail(f"{file} is judged correctly by the validator; no finding expected")
    text = judge.run("verify", HERE / "badinput", "-j", "1")
    if text.returncode != 1 or "data/secret/02_negative.in" not in text.stdout:
        text.fail("the text report must name the rejected input and exit 1")
    print("ok   bad-input: the rejected test and the accepted invalid case are named", flush=True)


def case_sensitive(judge):
    result, document = verify_json(judge, HERE / "sensitive", exit_code=1)
    item = finding(result, document, "submissions/time_limit_exceeded/twice_the_limit.c",
                   "sensitive to the time limit", "TLE in", "at the limit 200 ms", "AC in",
                   "at the safety limit 600 ms")
    if item["severity"] != "error":
        result.fail(f"a submission sensitive to the time limit fails the package: {item}")
    if any("forever.c" in item.get("file", "") for item in document["findings"]):
        result.fail("forever.c is TLE at both limits: not sensitive")
    notes = " ".join(document.get("notes", []))
    if "slowest AC" not in notes or "fastest TLE" not in notes or "margin" not in notes:
        result.fail(f"the margin between the slowest AC and the fastest TLE is missing: {notes}")
    print("ok   sensitive: twice_the_limit.c reported with its times; margin shown", flush=True)


def case_derives(judge):
    package = judge.fresh_dir("package") / "no-timelimit"
    shutil.copytree(judge.problems_dir / "no-timelimit", package)
    original = (package / "problem.yaml").read_text()
    result, document = verify_json(judge, package, exit_code=0)
    notes = " ".join(document.get("notes", []))
    for words in ("time limit derived", "submissions/accepted/sum.py", "x time_multiplier 5",
                  "time limit 1 s"):
        if words not in notes:
            result.fail(f"the derivation must say how ({words!r} missing): {notes}")
    if (package / "problem.yaml").read_text() != original:
        result.fail("problem.yaml changed without --write-time-limit")
    result, document = verify_json(judge, package, "--write-time-limit", exit_code=0)
    if (package / "problem.yaml").read_text() != original + "limits:\n  time_limit: 1\n":
        result.fail("--write-time-limit must append limits.time_limit and keep the rest")
    result, document = verify_json(judge, package, exit_code=0)
    if "time limit derived" in " ".join(document.get("notes", [])):
        result.fail("a package with a written limit must not derive it again")
    print("ok   derives: derived and explained; --write-time-limit wrote it", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--judge", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("case", choices=["run-derives", "bad-input", "sensitive", "derives"])
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
