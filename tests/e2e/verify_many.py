#!/usr/bin/env python3
"""End-to-end tests of `judge verify DIR DIR...`: several packages verified in one process.

usage: verify_many.py --judge PATH --source REPO_ROOT CASE

Cases (each registered as its own CTest test):
  several     two packages: each table in the order given, then a summary line per package;
              --json one array of the documents verify prints for each package alone (same
              verdicts and findings); --junit one suite per package; exit 0 only when both are
              sound, 1 when one is not (the summary names which)
  bad-input   a broken package among sound ones: exit 2 naming its file, nothing judged
  write-limit --write-time-limit with two packages that give no limit writes each one's
"""
import json
import re
import shutil
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

sys.dont_write_bytecode = True
from judge_runner import run_case_from_command_line

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "verify" / "doubled"


def copy_package(judge, source, name, keep=None):
    """A copy of `source`; with `keep`, only those submissions (paths below submissions/) stay,
    so the case runs in seconds."""
    target = judge.fresh_dir(name) / source.name
    shutil.copytree(source, target)
    if keep is not None:
        for path in sorted((target / "submissions").glob("*/*")):
            if str(path.relative_to(target / "submissions")) not in keep:
                shutil.rmtree(path) if path.is_dir() else path.unlink()
    return target


def small_packages(judge):
    """hello and the verify fixture, each with one accepted and one wrong answer submission."""
    return [copy_package(judge, judge.problems_dir / "hello", "hello",
                         {"accepted/hello.py", "wrong_answer/comma.py"}),
            copy_package(judge, FIXTURE, "doubled",
                         {"accepted/double.py", "wrong_answer/off_on_large.py"})]


def verdicts(document):
    """What a package's report says, but for measured times."""
    return ([(row["path"], row["verdict"], row["met"], [t["verdict"] for t in row["tests"]])
             for row in document["submissions"]],
            [(f["severity"], f["check"], f["file"]) for f in document["findings"]],
            document["sound"], document["exit_code"])


def case_several(judge):
    packages = small_packages(judge)
    junit = judge.fresh_dir("junit") / "verify.xml"
    result = judge.run("verify", *packages, "--json", "--junit", junit, "-j", "2")
    if result.returncode != 0:
        result.fail("expected exit 0: both packages are sound")
    documents = json.loads(result.stdout)
    if not isinstance(documents, list) or len(documents) != 2:
        result.fail("--json with two packages: expected an array of two documents")
    for package, document in zip(packages, documents):
        if document["problem"]["dir"] != str(package):
            result.fail(f"documents out of order: {document['problem']['dir']}, expected {package}")
        _, alone = judge.run_json("verify", package, "-j", "1")
        if verdicts(alone) != verdicts(document):
            result.fail(f"{package.name}: verified with another package it reported\n    "
                        f"{verdicts(document)}\n  alone\n    {verdicts(alone)}")
    suites = ElementTree.parse(junit).getroot().findall("testsuite")
    if [suite.get("name") for suite in suites] != [d["problem"]["name"] for d in documents]:
        result.fail(f"--junit: expected one suite per package, got {[s.get('name') for s in suites]}")
    print("ok   --json: an array, each document as verify of that package alone; --junit: "
          f"{len(suites)} suites")

    hello, misfiled = packages
    shutil.copy(misfiled / "submissions/accepted/double.py",
                misfiled / "submissions/wrong_answer/also_double.py")
    result = judge.run("verify", hello, misfiled, "-j", "2")
    if result.returncode != 1:
        result.fail("expected exit 1: one of the two packages is not sound")
    starts = [result.stdout.find(f"Verifying {name} ({package}, ")
              for name, package in (("Hello World!", hello), ("Doubled", misfiled))]
    if not 0 <= starts[0] < starts[1]:
        result.fail("expected hello's table, then doubled's, in the order given")
    summary = result.stdout[result.stdout.find("\nSummary: "):]
    lines = summary.strip().splitlines()
    if not (lines[0] == "Summary: 1/2 packages OK" and len(lines) == 3
            and lines[1].startswith(f"  Hello World! ({hello}): package OK: ")
            and lines[2].startswith(f"  Doubled ({misfiled}): package NOT OK: ")):
        result.fail(f"expected a summary line per package, got:\n{summary}")
    if "wrong_answer/also_double.py" not in result.stdout:
        result.fail("the misfiled submission is not named")
    print("ok   tables in order, summary per package, exit 1 when one is not sound")


def case_bad_input(judge):
    sound, broken = small_packages(judge)
    (broken / "submissions/submissions.yaml").write_text("accepted/*:\n  verdict: AC\n")
    result = judge.run("verify", sound, broken, "-j", "2")
    if result.returncode != 2:
        result.fail("expected exit 2 for a broken package among sound ones")
    yaml = str(broken / "submissions" / "submissions.yaml")
    if yaml not in result.stderr or "accepted/*.verdict" not in result.stderr:
        result.fail(f"expected the error to name {yaml} and the key accepted/*.verdict")
    if result.stdout.strip():
        result.fail("expected nothing judged (no table) when a package is broken")
    print("ok   a broken package among sound ones: exit 2 naming its file, nothing judged")


def case_write_limit(judge):
    first = copy_package(judge, judge.problems_dir / "no-timelimit", "first")
    second = copy_package(judge, judge.problems_dir / "no-timelimit", "second")
    result = judge.run("verify", first, second, "--write-time-limit", "-j", "2")
    if result.returncode != 0:
        result.fail("expected exit 0")
    for package in (first, second):
        text = (package / "problem.yaml").read_text()
        if not re.search(r"time_limit: \d", text):
            result.fail(f"{package}/problem.yaml: no time limit written:\n{text}")
        if f"into {package / 'problem.yaml'}" not in result.stdout:
            result.fail(f"the report does not say the limit was written into {package}")
    print("ok   --write-time-limit writes each package's problem.yaml")


CASES = {"several": case_several, "bad-input": case_bad_input, "write-limit": case_write_limit}


if __name__ == "__main__":
    sys.exit(run_case_from_command_line(__doc__.splitlines()[0], CASES))
