"""End-to-end case for problems/polygon-files (registered in e2e.py's CASES).

polygon-files   a Polygon package with judging@input-file="input.txt" and output-file="output.txt"
                and treat-points-from-checker-as-percent="true": every submission gets its verdict
                per test, its score (a checker's "points 50" is half of the test's points) and its
                exit code; an output file larger than the output limit is OLE; --testset pretests
                judges the other testset and --testset of a testset that does not exist is exit 2
                naming it; a named file that is not a plain name is exit 2 naming the attribute.
"""
import shutil

PROBLEM = "polygon-files"

# (submission, arguments, verdict of each test, score, a message one test must show)
EXPECTED = [
    ("accepted/sum_product.py", [], ["AC"] * 4, 100, None),
    # Right sums everywhere, products wrong on tests 3 and 4: 10 + 20 + 30/2 + 40/2.
    ("partially_accepted/product32.c", [], ["AC"] * 4, 65, "the product is not"),
    ("wrong_answer/stdout.py", [], ["WA"] * 4, 0, "did not write output.txt"),
    ("time_limit_exceeded/spin_on_large.py", ["--tests", "tests/0[34]"], ["AC", "TLE"], 30, None),
    ("run_time_error/read_stdin.py", ["--tests", "tests/01"], ["RE"], 0, None),
]


def check_run(judge, result, document, label, verdicts, score):
    got = [t["verdict"] for t in document.get("tests", [])]
    if got != verdicts:
        result.fail(f"{label}: test verdicts {got}, expected {verdicts}")
    verdict = next((v for v in verdicts if v != "AC"), "AC")
    if document.get("verdict") != verdict:
        result.fail(f"{label}: verdict {document.get('verdict')}, expected {verdict}")
    if score is not None and abs((document.get("score") or 0) - score) > 1e-6:
        result.fail(f"{label}: score {document.get('score')}, expected {score}")
    if result.returncode != (0 if verdict == "AC" else 1):
        result.fail(f"{label}: exit code {result.returncode}")


def case_polygon_files(judge):
    problem = judge.problems_dir / PROBLEM
    for submission, arguments, verdicts, score, message in EXPECTED:
        result, document = judge.run_json("run", problem / "submissions" / submission, problem,
                                          *arguments)
        check_run(judge, result, document, submission, verdicts, score)
        said = [(t.get("message") or "") + (t.get("judge_message") or "")
                for t in document["tests"]]
        if message and not any(message in text for text in said):
            result.fail(f"{submission}: no test says {message!r}: {document['tests']}")
        print(f"ok   polygon-files {submission}: {verdicts} {score}")

    # More than the output limit in output.txt: OLE, whatever the solution did next.
    flood = judge.fresh_dir("polygon-files-flood") / "flood.py"
    flood.write_text('with open("output.txt", "w") as f:\n'
                     '    f.write("1" * (2 << 20))\n')
    result, document = judge.run_json("run", flood, problem, "--tests", "tests/01",
                                      "--output-limit", "1m")
    check_run(judge, result, document, "flood", ["OLE"], 0)
    print("ok   polygon-files: 2 MiB in output.txt over a 1 MiB limit is OLE")
    # stdout is dropped, yet still bounded by the output limit.
    chatter = flood.parent / "chatter.py"
    chatter.write_text('import sys\nsys.stdout.write("1" * (2 << 20))\n'
                       'with open("output.txt", "w") as f:\n    f.write("5\\n6\\n")\n')
    result, document = judge.run_json("run", chatter, problem, "--tests", "tests/01",
                                      "--output-limit", "1m")
    check_run(judge, result, document, "stdout flood", ["OLE"], 0)
    print("ok   polygon-files: 2 MiB on the dropped stdout over a 1 MiB limit is OLE")

    # The pretests testset, and one that does not exist.
    result, document = judge.run_json("run", problem / "submissions/accepted/sum_product.py",
                                      problem, "--testset", "pretests")
    names = [t["name"] for t in document.get("tests", [])]
    if names != ["pretests/01", "pretests/02"] or document.get("verdict") != "AC":
        result.fail(f"--testset pretests: tests {names}, verdict {document.get('verdict')}")
    print("ok   polygon-files: --testset pretests")
    result = judge.run("run", problem / "submissions/accepted/sum_product.py", problem,
                       "--testset", "systests")
    if result.returncode != 2 or "testset[@name='systests']" not in result.stderr \
            or "tests, pretests" not in result.stderr:
        result.fail("--testset systests: expected exit 2 naming the testset and the present ones")
    print("ok   polygon-files: --testset of a missing testset is exit 2")
    result = judge.run("run", problem / "submissions/accepted/sum_product.py",
                       judge.problems_dir / "hello", "--testset", "pretests")
    if result.returncode != 2 or "--testset" not in result.stderr:
        result.fail("hello (not Polygon) --testset pretests: expected exit 2 naming --testset")
    print("ok   polygon-files: --testset on a package that is not Polygon's is exit 2")

    # A named file that is not a plain file name is refused by its attribute.
    for attribute, value in (("output-file", "../output.txt"), ("input-file", ".."),
                             ("input-file", "-in"), ("output-file", "sub/out.txt")):
        package = judge.fresh_dir("polygon-files-bad") / PROBLEM
        shutil.copytree(problem, package)
        xml = package / "problem.xml"
        default = 'input-file="input.txt"' if attribute == "input-file" \
            else 'output-file="output.txt"'
        xml.write_text(xml.read_text().replace(default, f'{attribute}="{value}"'))
        result = judge.run("run", package / "submissions/accepted/sum_product.py", package)
        if result.returncode != 2 or f"judging@{attribute}" not in result.stderr \
                or "problem.xml" not in result.stderr:
            result.fail(f"{attribute}={value!r}: expected exit 2 naming judging@{attribute}")
        print(f"ok   polygon-files: {attribute}={value!r} is exit 2")


CASES = {"polygon-files": case_polygon_files}
