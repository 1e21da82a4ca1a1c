#!/usr/bin/env python3
"""Checks the example problems' data without the judge.

Compiles and runs every accepted and wrong_answer submission of problems/* directly (no sandbox,
generous timeouts) and checks its output with a minimal Kattis default validator (token diff,
optional float tolerance) or the problem's own output_validator. Every accepted submission must
pass every test and every wrong_answer submission must fail at least one, so that the verdicts
the end-to-end suite expects from `judge` are right by construction.

usage: check_problem_data.py PROBLEMS_DIR
"""
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

RUN_TIMEOUT_S = 10


def read_yaml_scalar(problem_yaml, key):
    """Top-level `key: value` from problem.yaml; enough for the flat keys used here."""
    for line in problem_yaml.read_text().splitlines():
        match = re.match(rf"{key}:\s*(.*?)\s*$", line)
        if match:
            return match.group(1)
    return None


def compile_submission(source, work):
    """Returns the argv that runs `source`, compiling it into `work` first if needed."""
    ext = source.suffix
    if ext == ".py":
        return ["python3", str(source)]
    if ext == ".js":
        return ["node", str(source)]
    if ext in (".c", ".cpp", ".cc"):
        compiler = ["gcc", "-std=c17"] if ext == ".c" else ["g++", "-std=c++17"]
        binary = work / "main"
        subprocess.run(compiler + ["-O2", "-o", str(binary), str(source), "-lm"], check=True)
        return [str(binary)]
    if ext == ".java":
        shutil.copy(source, work / "Main.java")
        subprocess.run(["javac", "-d", str(work), str(work / "Main.java")], check=True)
        return ["java", "-cp", str(work), "Main"]
    raise ValueError(f"no language for {source}")


def tokens_equal(expected, got, tolerance):
    # The default validator is case-insensitive unless given case_sensitive (not used here).
    if expected.casefold() == got.casefold():
        return True
    if tolerance is None:
        return False
    try:
        e, g = float(expected), float(got)
    except ValueError:
        return False
    return abs(e - g) <= tolerance or abs(e - g) <= tolerance * abs(e)


def default_validate(answer, output, tolerance):
    expected = answer.read_bytes().split()
    got = output.split()
    if len(expected) != len(got):
        return False
    return all(tokens_equal(e.decode(), g.decode(errors="replace"), tolerance)
               for e, g in zip(expected, got))


def custom_validate(validator, test_in, test_ans, output, work):
    feedback = work / "feedback"
    feedback.mkdir(exist_ok=True)
    result = subprocess.run([str(validator), str(test_in), str(test_ans), str(feedback)],
                            input=output, capture_output=True)
    if result.returncode not in (42, 43):
        raise RuntimeError(f"validator exited {result.returncode} on {test_in}: {result.stderr!r}")
    return result.returncode == 42


def check_problem(problem, work):
    failures = []
    kind = read_yaml_scalar(problem / "problem.yaml", "type") or ""
    if "interactive" in kind or "multi-pass" in kind:
        # Their submissions talk to the validator or run several times: only the judge can run
        # them, and the e2e verdicts test does.
        print(f"n/a  {problem.name}: {kind} (checked by the e2e verdicts test)")
        return failures
    flags = read_yaml_scalar(problem / "problem.yaml", "validator_flags") or ""
    match = re.search(r"float_tolerance\s+(\S+)", flags)
    tolerance = float(match.group(1)) if match else None
    validator = None
    validator_source = problem / "output_validator" / "validator.cpp"
    if validator_source.exists():
        validator = work / "validator"
        subprocess.run(["g++", "-std=c++17", "-O2", "-o", str(validator), str(validator_source)],
                       check=True)
    tests = sorted((problem / "data").rglob("*.in"))
    answers = "submit-answer" in kind
    for folder, must_pass in (("accepted", True), ("wrong_answer", False)):
        for source in sorted((problem / "submissions" / folder).glob("*")):
            sub_work = Path(tempfile.mkdtemp(dir=work))
            argv = None if answers else compile_submission(source, sub_work)
            failed_tests = []
            for test_in in tests:
                test_ans = test_in.with_suffix(".ans")
                if answers:  # the submission is a folder of answers: NAME.out mirrors data/
                    answer = source / test_in.relative_to(problem / "data").with_suffix(".out")
                    run = subprocess.CompletedProcess([], 0 if answer.is_file() else 1,
                                                      answer.read_bytes() if answer.is_file()
                                                      else b"")
                else:
                    run = subprocess.run(argv, stdin=test_in.open("rb"), capture_output=True,
                                         timeout=RUN_TIMEOUT_S)
                if validator:
                    ok = custom_validate(validator, test_in, test_ans, run.stdout, sub_work)
                else:
                    ok = default_validate(test_ans, run.stdout, tolerance)
                if run.returncode != 0 or not ok:
                    failed_tests.append(test_in.relative_to(problem / "data").with_suffix(""))
            if must_pass and failed_tests:
                failures.append(f"{source}: accepted but fails {', '.join(map(str, failed_tests))}")
            elif not must_pass and not failed_tests:
                failures.append(f"{source}: wrong_answer but passes every test")
            else:
                print(f"ok   {source.relative_to(problem.parent)}"
                      f"{'' if must_pass else ' fails ' + str(failed_tests[0])}")
    return failures


def main():
    problems = Path(sys.argv[1])
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for problem in sorted(p for p in problems.iterdir() if (p / "problem.yaml").exists()):
            failures += check_problem(problem, Path(tmp))
    for failure in failures:
        print(f"FAIL {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
