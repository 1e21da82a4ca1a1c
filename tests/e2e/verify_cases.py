#!/usr/bin/env python3
"""End-to-end tests of `judge verify` on the package in tests/e2e/fixtures/verify/doubled.

usage: verify_cases.py --judge PATH --source REPO_ROOT CASE

Cases (each registered as its own CTest test):
  sound      the fixture verifies: table, JSON (schema in man/judge.1), JUnit, exit 0; folder,
             submissions.yaml (glob, group rule) and @EXPECTED_RESULTS@ expectations all apply
  misfiled   a correct solution filed under wrong_answer/ fails the package (exit 1, named)
  bad-input  an unknown submissions.yaml key, a bad tag, a --submissions glob matching nothing:
             exit 2 naming the file and the key
The problems/ examples are verified by e2e.py's `verdicts` case.
"""
import argparse
import json
import shutil
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

sys.dont_write_bytecode = True
from judge_runner import Judge, TestFailure

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "verify" / "doubled"

EXPECTED_ROWS = {
    # path: (expectation summary, verdict, strip in run order sample/1, large/1, small/1)
    "accepted/double.py": ("AC", "AC", "AAA"),
    "extra/ruled_crash.py": ("RTE +groups", "RE", "ARA"),
    "extra/tagged.py": ("WA, TLE", "WA", "WWW"),
    "run_time_error/crash_on_large.py": ("RTE", "RE", "ARA"),
    "time_limit_exceeded/spin_on_large.py": ("TLE", "TLE", "ATA"),
    "wrong_answer/off_on_large.py": ("WA", "WA", "AWA"),
}


def copy_fixture(judge, name):
    target = judge.fresh_dir(name) / "doubled"
    shutil.copytree(FIXTURE, target)
    return target


def case_sound(judge):
    junit = judge.fresh_dir("junit") / "verify.xml"
    result = judge.run("verify", FIXTURE, "--json", "--junit", junit, "-j", "2")
    if result.returncode != 0:
        result.fail("expected exit 0 for a sound package")
    document = result.json()
    for key, kind in (("schema_version", int), ("command", str), ("problem", dict),
                      ("submissions", list), ("findings", list), ("notes", list),
                      ("sound", bool), ("exit_code", int)):
        if not isinstance(document.get(key), kind):
            result.fail(f"JSON key {key!r} missing or not a {kind.__name__}")
    if document["sound"] is not True or document["exit_code"] != 0:
        result.fail("JSON says the package is not sound")
    rows = {row["path"]: row for row in document["submissions"]}
    if sorted(rows) != sorted(EXPECTED_ROWS):
        result.fail(f"submissions {sorted(rows)}, expected {sorted(EXPECTED_ROWS)}")
    for path, (summary, verdict, strip) in EXPECTED_ROWS.items():
        row = rows[path]
        got = (row["expected"]["summary"], row["verdict"], row["strip"])
        if got != (summary, verdict, strip) or row["met"] is not True:
            result.fail(f"{path}: got {got} met={row['met']}, expected {(summary, verdict, strip)}")
        if [t["name"] for t in row["tests"]] != ["sample/1", "secret/large/1", "secret/small/1"]:
            result.fail(f"{path}: tests {row['tests']}")
        slowest = max(row["tests"], key=lambda t: t["cpu_ms"])
        if row["slowest_test"] != slowest["name"]:
            result.fail(f"{path}: slowest test {row['slowest_test']}, expected {slowest['name']}")
    origins = {path: rows[path]["expected"]["origins"] for path in rows}
    if origins["extra/tagged.py"] != ["@EXPECTED_RESULTS@"]:
        result.fail(f"tagged.py origins {origins['extra/tagged.py']}")
    if origins["extra/ruled_crash.py"] != ["submissions.yaml 'extra/ruled_*.py'"]:
        result.fail(f"ruled_crash.py origins {origins['extra/ruled_crash.py']}")
    if rows["accepted/double.py"]["expected"]["model_solution"] is not True:
        result.fail("accepted/double.py: model_solution from submissions.yaml not read")
    groups = rows["extra/ruled_crash.py"]["expected"]["groups"]
    if groups != [{"permitted": ["AC"], "required": None, "group": "sample"}]:
        result.fail(f"ruled_crash.py groups {groups}")

    suites = ElementTree.parse(junit).getroot()
    cases = suites.findall("./testsuite/testcase")
    names = [case.get("name") for case in cases]
    if names != sorted(EXPECTED_ROWS) + ["package checks"]:
        result.fail(f"JUnit testcases {names}")
    if suites.findall(".//failure") or suites.findall(".//error"):
        result.fail("JUnit has failures for a sound package")

    text = judge.run("verify", FIXTURE, "-j", "1")
    if text.returncode != 0:
        text.fail("expected exit 0 for the table")
    lines = text.stdout.splitlines()
    if not lines[0].startswith("Verifying Doubled (") or "time limit 0.50 s" not in lines[0]:
        text.fail(f"first line {lines[0]!r}")
    header = lines[1].split()
    if header != ["submission", "expected", "got", "slowest", "test", "time", "tests"]:
        text.fail(f"header {lines[1]!r}")
    for path, (_, verdict, strip) in EXPECTED_ROWS.items():
        row = next((line for line in lines if line.startswith(path + " ")), None)
        if row is None or f" {verdict} " not in row or not row.endswith(f"{strip}  ok"):
            text.fail(f"no table row for {path} with {verdict} and {strip}: {row!r}")
    if lines[-1] != "Verdict: package OK: 6/6 submissions as expected, 0 errors, 0 warnings":
        text.fail(f"last line {lines[-1]!r}")
    if text.stderr.strip():
        text.fail("stderr is not a terminal: no progress line expected")
    print("ok   sound package: table, JSON, JUnit, exit 0", flush=True)


def case_misfiled(judge):
    package = copy_fixture(judge, "misfiled")
    shutil.copy(package / "submissions/accepted/double.py",
                package / "submissions/wrong_answer/actually_right.py")
    junit = judge.fresh_dir("junit") / "verify.xml"
    result = judge.run("verify", package, "--submissions", "wrong_answer/*", "--junit", junit)
    if result.returncode != 1:
        result.fail("expected exit 1 for a misfiled submission")
    row = next((line for line in result.stdout.splitlines()
                if line.startswith("wrong_answer/actually_right.py ")), "")
    if not row.endswith("FAIL: no test got a required verdict (required: one of WA)"):
        result.fail(f"the table does not say why actually_right.py fails: {row!r}")
    if "Verdict: package NOT OK: 1/2 submissions as expected" not in result.stdout:
        result.fail("the verdict line does not say the package is not OK")
    failures = ElementTree.parse(junit).getroot().findall(".//testcase/failure/..")
    if [case.get("name") for case in failures] != ["wrong_answer/actually_right.py"]:
        result.fail("JUnit does not fail exactly the misfiled submission")

    document = judge.run("verify", package, "--submissions", "wrong_answer/*", "--json").json()
    failed = [row["path"] for row in document["submissions"] if not row["met"]]
    if failed != ["wrong_answer/actually_right.py"] or document["exit_code"] != 1:
        result.fail(f"JSON: failed {failed}, exit_code {document['exit_code']}")
    print("ok   misfiled submission: exit 1, named in table, JSON and JUnit", flush=True)


def expect_refused(judge, package, words, *args):
    result = judge.run("verify", package, *args)
    if result.returncode != 2 or result.stdout:
        result.fail(f"expected exit 2 and no report ({words})")
    for word in words:
        if word not in result.stderr:
            result.fail(f"stderr does not say {word!r}")
    print(f"ok   refused: {words[-1]}", flush=True)


def case_bad_input(judge):
    package = copy_fixture(judge, "bad-key")
    (package / "submissions/submissions.yaml").write_text("accepted/*:\n  verdict: AC\n")
    expect_refused(judge, package, ["submissions.yaml", "accepted/*.verdict",
                                    "judge does not implement this key"])
    (package / "submissions/submissions.yaml").write_text("accepted/*:\n  permitted: [OK]\n")
    expect_refused(judge, package, ["accepted/*.permitted", "unknown verdict 'OK'"])

    package = copy_fixture(judge, "bad-tag")
    (package / "submissions/extra/tagged.py").write_text("# @EXPECTED_RESULTS@: ACCEPTED\n")
    expect_refused(judge, package, ["tagged.py", "@EXPECTED_RESULTS@", "unknown result 'ACCEPTED'"])
    expect_refused(judge, FIXTURE, ["--submissions", "matches 'nothing/*'"],
                   "--submissions", "nothing/*")
    expect_refused(judge, FIXTURE.parent / "missing", ["missing"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--judge", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("case", choices=["sound", "misfiled", "bad-input"])
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
