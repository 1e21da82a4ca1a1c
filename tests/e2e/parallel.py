"""`judge run -j N`: tests on several cores give the report of -j 1 (verdicts, scores, test
order, exit code), --stop-on-first stops at the first failure in test order, -j is capped at the
physical cores with a note, and a -j that is not a count is refused.

usage: parallel.py --judge BUILD/judge --source REPO CASE
"""
import sys

from judge_runner import run_case_from_command_line

# One submission of each way of judging: default validator, custom validator, scoring,
# interactive, multi-pass; accepted and not.
SAME_REPORT = [
    ("aplusb", "accepted/aplusb.cpp"),
    ("aplusb", "wrong_answer/difference.py"),
    ("different", "wrong_answer/garbage.py"),
    ("doubling", "partially_accepted/int32.c"),
    ("guess", "accepted/binary_search.py"),
    ("twopass", "accepted/both_passes.py"),
    ("legacysum", "accepted/sum.py"),  # legacy grading: one test at a time whatever -j is
]


def summary(result, document):
    """What must not depend on -j: per test name, verdict and score, then the totals."""
    tests = [(t["name"], t["verdict"], t.get("score")) for t in document["tests"]]
    return tests, document["verdict"], document.get("score"), result.returncode


def judged(judge, problem, submission, *args):
    problem_dir = judge.problems_dir / problem
    result, document = judge.run_json("run", problem_dir / "submissions" / submission, problem_dir,
                                      *args)
    return result, summary(result, document)


def case_same_report(judge):
    for problem, submission in SAME_REPORT:
        one, alone = judged(judge, problem, submission, "-j", "1")
        two, parallel = judged(judge, problem, submission, "-j", "2")
        if alone != parallel:
            two.fail(f"{problem}/{submission}: -j 2 reported\n    {parallel}\n"
                     f"  -j 1 reported\n    {alone}")
        print(f"ok   {problem}/{submission}: -j 2 = -j 1: {[t[1] for t in alone[0]]}")


def case_stop_on_first(judge):
    # crash_large.py passes the small tests and crashes on a large one: the tests before it are
    # AC, the rest SKIPPED (those that ran meanwhile on the other core included).
    problem, submission = "doubling", "run_time_error/crash_large.py"
    result, (all_tests, _, _, _) = judged(judge, problem, submission)
    first_failure = next(i for i, t in enumerate(all_tests) if t[1] != "AC")
    if not 0 < first_failure < len(all_tests) - 1:
        result.fail(f"{submission} must fail a test in the middle to check this: {all_tests}")
    one, alone = judged(judge, problem, submission, "--stop-on-first")
    two, parallel = judged(judge, problem, submission, "--stop-on-first", "-j", "2")
    if alone != parallel:
        two.fail(f"--stop-on-first -j 2 reported\n    {parallel}\n  -j 1 reported\n    {alone}")
    verdicts = [t[1] for t in parallel[0]]
    wanted = (["AC"] * first_failure + [all_tests[first_failure][1]] +
              ["SKIPPED"] * (len(all_tests) - first_failure - 1))
    if verdicts != wanted:
        two.fail(f"--stop-on-first -j 2: verdicts {verdicts}, expected {wanted}")
    print(f"ok   --stop-on-first -j 2: {verdicts}")


def case_jobs_option(judge):
    problem = judge.problems_dir / "hello"
    solution = problem / "submissions/accepted/hello.c"
    capped = judge.run("run", solution, problem, "-j", "512")
    if capped.returncode != 0 or "judge: note: -j 512:" not in capped.stderr \
            or "physical core" not in capped.stderr:
        capped.fail("expected exit 0 and a note that -j 512 was capped at the physical cores")
    for bad in ("0", "two", "-3"):
        refused = judge.run("run", solution, problem, "-j", bad)
        if refused.returncode != 2 or "-j" not in refused.stderr:
            refused.fail(f"-j {bad}: expected exit 2 and a message naming -j")
    print("ok   -j 512 capped with a note; -j 0, two, -3 refused")


CASES = {
    "same-report": case_same_report,
    "stop-on-first": case_stop_on_first,
    "jobs-option": case_jobs_option,
}


if __name__ == "__main__":
    sys.exit(run_case_from_command_line(__doc__.splitlines()[0], CASES))
