"""End-to-end cases for scoring problems and checkers (registered in e2e.py's CASES).

scoring   every submission of problems/doubling (2025-09 groups, require_pass) and
          problems/legacysum (legacy graders, on_reject, ignore_sample, built-in lcmp) gets
          the expected verdict, score, group scores and exit code, in JSON and JUnit.
testlib   problems/divisor's testlib checker: verdicts and the checker's comment.
"""
import shutil
import xml.etree.ElementTree as ElementTree

from judge_runner import TestFailure

# (problem, submission, verdict, score, {group: score})
EXPECTED = [
    ("doubling", "accepted/double.py", "AC", 100,
     {"secret/1-small": 40, "secret/2-large": 60, "secret": 100}),
    ("doubling", "partially_accepted/int32.c", "WA", 40,
     {"secret/1-small": 40, "secret/2-large": 0, "secret": 40}),
    ("doubling", "wrong_answer/large_only.py", "WA", 0,
     {"secret/1-small": 0, "secret/2-large": 0, "secret": 0}),
    ("doubling", "run_time_error/crash_large.py", "RE", 40, {"secret": 40}),
    ("doubling", "time_limit_exceeded/count.py", "TLE", 40, {"secret": 40}),
    ("legacysum", "accepted/sum.py", "AC", 35,
     {"sample": 1, "secret/g1": 30, "secret/g2": 5, "data": 35}),
    ("legacysum", "partially_accepted/sum32.c", "WA", 30,
     {"secret/g1": 30, "secret/g2": 0, "data": 30}),
    ("legacysum", "wrong_answer/difference.py", "WA", 0, {"data": 0}),
    ("legacysum", "run_time_error/exit3.py", "RE", 0, {"data": 0}),
]


def _run(judge, problem, submission):
    source = judge.problems_dir / problem / "submissions" / submission
    return judge.run_json("run", source, judge.problems_dir / problem)


def case_scoring(judge):
    for problem, submission, verdict, score, groups in EXPECTED:
        label = f"{problem}/{submission}"
        result, document = _run(judge, problem, submission)
        if document.get("verdict") != verdict:
            result.fail(f"{label}: verdict {document.get('verdict')}, expected {verdict}")
        if abs((document.get("score") or 0) - score) > 1e-6 or document.get("score") is None:
            result.fail(f"{label}: score {document.get('score')}, expected {score}")
        want_exit = 0 if verdict == "AC" else 1
        if result.returncode != want_exit:
            result.fail(f"{label}: exit code {result.returncode}, expected {want_exit}")
        got_groups = {g["name"]: g["score"] for g in document.get("groups", [])}
        for name, expected in groups.items():
            if abs(got_groups.get(name, -1) - expected) > 1e-6:
                result.fail(f"{label}: group {name} scored {got_groups.get(name)}, expected "
                            f"{expected} (groups: {got_groups})")
    # on_reject: break stops secret/g1 after its first rejected test.
    result, document = _run(judge, "legacysum", "wrong_answer/difference.py")
    skipped = [t["name"] for t in document["tests"] if t["verdict"] == "SKIPPED"]
    if skipped != ["secret/g1/2", "secret/g1/3"]:
        result.fail(f"legacysum on_reject: break skipped {skipped}, expected g1/2 and g1/3")
    # The require_pass dependency is explained in the report.
    result, document = _run(judge, "doubling", "wrong_answer/large_only.py")
    notes = {g["name"]: g["note"] for g in document["groups"]}
    if notes.get("secret/2-large") != "requires secret/1-small":
        result.fail(f"doubling: the large group's note is {notes.get('secret/2-large')!r}")
    case_refused(judge)
    # Text and JUnit carry the group scores too.
    text = judge.run("run", judge.problems_dir / "doubling/submissions/partially_accepted/int32.c",
                     judge.problems_dir / "doubling")
    if "group secret/2-large" not in text.stdout or "score 40/100" not in text.stdout:
        text.fail("the text report lacks the group lines or the total score")
    junit_file = judge.fresh_dir("junit") / "scoring.xml"
    junit = judge.run("run", "--junit", junit_file,
                      judge.problems_dir / "doubling/submissions/partially_accepted/int32.c",
                      judge.problems_dir / "doubling")
    properties = {p.get("name"): p.get("value")
                  for p in ElementTree.parse(junit_file).iter("property")}
    if properties.get("score secret/1-small") != "AC 40/40" or properties.get("score") != "40/100":
        junit.fail(f"JUnit properties lack the group scores: {properties}")


def case_refused(judge):
    """A broken package is refused by name with exit code 2: a problem.xml (a Polygon package)
    without <judging>."""
    solution = judge.problems_dir / "doubling/submissions/accepted/double.py"
    for what, change in (("polygon", lambda d: ((d / "problem.yaml").unlink(),
                                               (d / "problem.xml").write_text("<problem/>\n"))),):
        package = judge.fresh_dir("refused") / "doubling"
        shutil.copytree(judge.problems_dir / "doubling", package)
        change(package)
        result = judge.run("run", solution, package)
        if result.returncode != 2 or "problem.xml" not in result.stderr or \
                "judging" not in result.stderr:
            result.fail(f"{what}: expected exit 2 naming problem.xml and judging, got "
                        f"{result.returncode}")


def case_testlib(judge):
    result, document = _run(judge, "divisor", "wrong_answer/one.py")
    messages = [t.get("message", "") for t in document["tests"]]
    if document.get("verdict") != "WA" or not any("violates the range" in m for m in messages):
        result.fail(f"divisor: the testlib checker's comment is missing: {messages}")


CASES = {"scoring": case_scoring, "testlib": case_testlib}
