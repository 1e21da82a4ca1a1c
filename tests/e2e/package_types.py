#!/usr/bin/env python3
"""End-to-end checks of the package features beyond one program per test:

  submit-answer  problems/factor judged on folders of answers: a missing answer is WA, an answer
                 that is a link, a FIFO or a folder is WA naming it (never followed or opened),
                 an answer over the output limit is OLE, a source file instead of a folder is
                 exit 2
  include        include/default/ and include/<language>/ compiled with the submission (the
                 package's file wins a name clash); <test>.files/ in the work dir, read-only;
                 links in either refused with exit 2

usage: package_types.py --judge BINARY --source REPO CASE
"""
import argparse
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judge_runner import Judge, TestFailure  # noqa: E402


def verdicts_of(document):
    return {t["name"]: (t["verdict"], t.get("message", "")) for t in document.get("tests", [])}


def case_submit_answer(judge):
    problem = judge.problems_dir / "factor"
    answers = judge.fresh_dir("answers")
    shutil.copytree(problem / "submissions/accepted/given", answers, dirs_exist_ok=True)
    # secret/01: a link to the package's own answer; secret/02: a FIFO (opening it for reading
    # would block); secret/03: a folder; sample/1 stays a correct regular file.
    (answers / "secret/01.out").unlink()
    (answers / "secret/01.out").symlink_to(problem / "data/secret/01.ans")
    (answers / "secret/02.out").unlink()
    os.mkfifo(answers / "secret/02.out")
    (answers / "secret/03.out").unlink()
    (answers / "secret/03.out").mkdir()
    result, document = judge.run_json("run", answers, problem)
    got = verdicts_of(document)
    if result.returncode != 1 or document.get("verdict") != "WA":
        result.fail(f"hostile answers: expected WA with exit 1, got {document.get('verdict')}")
    if got.get("sample/1", ("",))[0] != "AC":
        result.fail(f"the regular answer sample/1 is not AC: {got}")
    for name, word in (("secret/01", "symbolic link"), ("secret/02", "FIFO"),
                       ("secret/03", "directory")):
        verdict, message = got.get(name, ("", ""))
        if verdict != "WA" or word not in message:
            result.fail(f"{name}: expected WA naming '{word}', got {verdict} '{message}'")

    big = judge.fresh_dir("big")
    shutil.copytree(problem / "submissions/accepted/given", big, dirs_exist_ok=True)
    (big / "secret/02.out").write_text("3 5\n" * 400)  # 1600 bytes
    result, document = judge.run_json("run", big, problem, "--output-limit", "1k")
    verdict, message = verdicts_of(document).get("secret/02", ("", ""))
    if verdict != "OLE" or document.get("verdict") != "OLE":
        result.fail(f"an answer over --output-limit: expected OLE, got {verdict} '{message}'")

    result = judge.run("run", judge.problems_dir / "hello/submissions/accepted/hello.py", problem)
    if result.returncode != 2 or "folder of answers" not in result.stderr:
        result.fail("a source file for a submit-answer problem: expected exit 2 naming the "
                    "folder of answers")
    print("ok   submit-answer: links, FIFOs and folders are WA, over the limit is OLE, "
          "a program is exit 2")


def include_package(judge):
    """A package with include/python3/ (and a default/ it must not use) and a test's .files/."""
    package = judge.fresh_dir("include") / "adder"
    (package / "data/secret/1.files").mkdir(parents=True)
    (package / "problem.yaml").write_text(
        "problem_format_version: 2025-09\nname: Adder\n"
        "uuid: 00000000-0000-4000-8000-000000000001\nlimits:\n  time_limit: 2\n")
    (package / "data/secret/1.in").write_text("2 3\n")
    (package / "data/secret/1.ans").write_text("5 7\n")
    (package / "data/secret/1.files/table.txt").write_text("7\n")
    (package / "include/python3").mkdir(parents=True)
    (package / "include/python3/helper.py").write_text("def add(a, b):\n    return a + b\n")
    (package / "include/default").mkdir()
    (package / "include/default/helper.py").write_text("def add(a, b):\n    return 0\n")
    return package


# Uses the package's helper.add, reads the test's table.txt, and must fail to overwrite it.
SOLUTION = """import helper
a, b = map(int, input().split())
extra = open("table.txt").read().strip()
try:
    open("table.txt", "w").write("changed")
    extra = "writable"
except OSError:
    pass
print(helper.add(a, b), extra)
"""


def case_include(judge):
    package = include_package(judge)
    solution = judge.fresh_dir("solution")
    (solution / "main.py").write_text(SOLUTION)
    # The submission's own helper.py (wrong) must be replaced by the package's.
    (solution / "helper.py").write_text("def add(a, b):\n    return a - b\n")
    result, document = judge.run_json("run", solution, package)
    if document.get("verdict") != "AC" or result.returncode != 0:
        result.fail(f"include/python3/ + .files/: expected AC, got {document.get('verdict')} "
                    f"{[t.get('message') for t in document.get('tests', [])]}")

    for where in ("include/python3/answer.py", "data/secret/1.files/answer.txt"):
        linked = include_package(judge)
        (linked / where).symlink_to(linked / "data/secret/1.ans")
        result = judge.run("run", solution, linked)
        if result.returncode != 2 or "symbolic link" not in result.stderr or \
                Path(where).name not in result.stderr:
            result.fail(f"a link at {where}: expected exit 2 naming it")
    print("ok   include: the package's file wins, .files/ is read-only, links are exit 2")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--judge", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("case", choices=["submit-answer", "include"])
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
