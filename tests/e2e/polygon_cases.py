"""End-to-end case for Polygon packages (registered in e2e.py's CASES).

polygon   every submission of problems/polygon-sum (problem.xml: a testlib checker compiled
          with the package's testlib.h, each-test and complete-group groups, dependencies) gets
          the expected verdict, score, group scores, dependency note and exit code; and a
          Polygon package made of problems/guess_testlib's testlib interactor (no checker)
          judges its submissions AC and WA; and problems/polygon-guess (a testlib interactor
          together with a checker of its tout) gives every submission its verdict per test.
"""
import shutil

PROBLEM = "polygon-sum"

# (submission, verdict, score, {group: score}, {group: note})
EXPECTED = [
    ("accepted/sum.py", "AC", 100, {"secret/0": 0, "secret/1": 40, "secret/2": 60}, {}),
    ("partially_accepted/sum32.c", "WA", 40, {"secret/1": 40, "secret/2": 0}, {}),
    ("wrong_answer/off_by_one.py", "WA", 0, {"secret/0": 0, "secret/1": 0, "secret/2": 0},
     {"secret/1": "requires secret/0"}),
    ("time_limit_exceeded/spin_on_large.py", "TLE", 40, {"secret/1": 40, "secret/2": 0}, {}),
    # Test 5 crashes: group 1 earns 30 of 40, and group 2, right but depending on group 1, 0.
    ("run_time_error/crash_on_negative.py", "RE", 30, {"secret/1": 30, "secret/2": 0},
     {"secret/2": "requires secret/1"}),
]

# The verdict of each test for the submissions where it matters.
TEST_VERDICTS = {
    "run_time_error/crash_on_negative.py":
        ["AC", "AC", "AC", "AC", "RE", "AC", "AC", "AC"],
    "partially_accepted/sum32.c": ["AC"] * 6 + ["WA", "WA"],
}


def case_polygon(judge):
    problem = judge.problems_dir / PROBLEM
    for submission, verdict, score, groups, notes in EXPECTED:
        result, document = judge.run_json("run", problem / "submissions" / submission, problem)
        if document.get("verdict") != verdict:
            result.fail(f"{submission}: verdict {document.get('verdict')}, expected {verdict}")
        if document.get("score") is None or abs(document["score"] - score) > 1e-6:
            result.fail(f"{submission}: score {document.get('score')}, expected {score}")
        if document.get("max_score") != 100:
            result.fail(f"{submission}: max_score {document.get('max_score')}, expected 100")
        want_exit = 0 if verdict == "AC" else 1
        if result.returncode != want_exit:
            result.fail(f"{submission}: exit code {result.returncode}, expected {want_exit}")
        got = {g["name"]: g for g in document.get("groups", [])}
        for name, expected in groups.items():
            if name not in got or abs(got[name]["score"] - expected) > 1e-6:
                result.fail(f"{submission}: group {name} scored "
                            f"{got.get(name, {}).get('score')}, expected {expected}")
        for name, note in notes.items():
            if got.get(name, {}).get("note") != note:
                result.fail(f"{submission}: group {name} note {got.get(name, {}).get('note')!r}, "
                            f"expected {note!r}")
        names = [t["name"] for t in document["tests"]]
        if names != [f"tests/{i:02d}" for i in range(1, 9)]:
            result.fail(f"{submission}: tests {names}, expected tests/01..tests/08 in order")
        if submission in TEST_VERDICTS and \
                [t["verdict"] for t in document["tests"]] != TEST_VERDICTS[submission]:
            result.fail(f"{submission}: test verdicts {[t['verdict'] for t in document['tests']]}")
        print(f"ok   polygon {submission}: {verdict} {score}")
    # The testlib checker's comment reaches the report.
    result, document = judge.run_json(
        "run", problem / "submissions/wrong_answer/off_by_one.py", problem)
    message = document["tests"][0].get("message") or ""
    if "expected 6, found 7" not in message:
        result.fail(f"the checker's comment is missing from test 1: {document['tests'][0]}")
    case_polygon_interactor(judge)
    case_polygon_interactor_and_checker(judge)


def case_polygon_interactor(judge):
    source = judge.problems_dir / "guess_testlib"
    package = judge.fresh_dir("polygon-guess") / "guess"
    (package / "tests").mkdir(parents=True)
    (package / "files").mkdir()
    for name in ("interactor.cpp", "testlib.h"):
        shutil.copy(source / "output_validator" / name, package / "files" / name)
    inputs = sorted((source / "data" / "secret").glob("*.in"))
    for number, test in enumerate(inputs, 1):
        shutil.copy(test, package / "tests" / f"{number:02d}")
    tests = '<test method="manual"/>' * len(inputs)
    (package / "problem.xml").write_text(
        '<problem><judging input-file="" output-file=""><testset name="tests">'
        "<time-limit>500</time-limit><memory-limit>268435456</memory-limit>"
        f"<test-count>{len(inputs)}</test-count>"
        "<input-path-pattern>tests/%02d</input-path-pattern>"
        f"<answer-path-pattern>tests/%02d.a</answer-path-pattern><tests>{tests}</tests>"
        '</testset></judging><files><resources><file path="files/testlib.h"/></resources></files>'
        '<assets><interactor><source path="files/interactor.cpp"/></interactor></assets>'
        "</problem>\n")
    for submission, verdict in (("accepted/binary_search.cpp", "AC"),
                                ("wrong_answer/off_by_one.py", "WA")):
        result, document = judge.run_json("run", source / "submissions" / submission, package)
        if document.get("verdict") != verdict:
            result.fail(f"polygon interactor {submission}: {document.get('verdict')}, "
                        f"expected {verdict}")
        print(f"ok   polygon interactor {submission}: {verdict}")


# problems/polygon-guess: (submission, extra arguments, verdict of each test, a message of test 1
# or 2). The no-flush submission waits out the wall limit: one test is enough.
INTERACTOR_AND_CHECKER = [
    ("accepted/binary_search.c", [], ["AC"] * 4, None),
    # The interactor accepts the dialogue; the checker rejects the answer it wrote to tout.
    ("wrong_answer/off_by_one.py", [], ["WA"] * 4, "answered 8, the number was 7"),
    # The interactor itself rejects (more than 30 questions); small numbers pass.
    ("wrong_answer/linear_scan.c", [], ["AC", "WA", "WA", "AC"], "more than 30 questions"),
    ("time_limit_exceeded/no_flush.c", ["--tests", "tests/01"], ["TLE"], None),
    ("run_time_error/crash.c", [], ["RE"] * 4, None),
]


def case_polygon_interactor_and_checker(judge):
    problem = judge.problems_dir / "polygon-guess"
    for submission, arguments, verdicts, message in INTERACTOR_AND_CHECKER:
        result, document = judge.run_json("run", problem / "submissions" / submission, problem,
                                          *arguments)
        got = [t["verdict"] for t in document.get("tests", [])]
        if got != verdicts:
            result.fail(f"polygon-guess {submission}: test verdicts {got}, expected {verdicts}")
        verdict = next((v for v in verdicts if v != "AC"), "AC")
        if document.get("verdict") != verdict:
            result.fail(f"polygon-guess {submission}: {document.get('verdict')}, expected {verdict}")
        want_exit = 0 if verdict == "AC" else 1
        if result.returncode != want_exit:
            result.fail(f"polygon-guess {submission}: exit code {result.returncode}, "
                        f"expected {want_exit}")
        if message and not any(message in (t.get("message") or "") for t in document["tests"]):
            result.fail(f"polygon-guess {submission}: no test says {message!r}")
        print(f"ok   polygon interactor+checker {submission}: {got}")


CASES = {"polygon": case_polygon}
