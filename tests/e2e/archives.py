#!/usr/bin/env python3
"""Submissions and packages in the shapes public ICPC, Kattis and DOMjudge archives use.

usage: archives.py --judge PATH --source REPO_ROOT CASE

Cases (each registered as its own CTest test):
  sources    multi-file programs and file names as contestants submit them (tests/e2e/archives/)
  profiles   --profile kattis|domjudge|default on C++20, PyPy-dependent, Rust 2018 and Pascal +=
             accepted submissions, and a Prolog program without main/0
  types      problem types and keys judge does not implement are refused by name (exit 2)
  timelimit  .timelimit is read; a package without any limit is reported loudly
"""
import argparse
import sys
from pathlib import Path

sys.dont_write_bytecode = True
from judge_runner import Judge, TestFailure

HERE = Path(__file__).resolve().parent / "archives"


def expect_verdict(judge, solution, problem, verdict, *args, stderr_has=None):
    """The run's result, or None when the solution's toolchain is not installed (said as SKIP:
    scripts/setup.sh installs the core languages, scripts/language-packages.sh the others)."""
    result = judge.run("run", solution, problem, "--json", *args)
    missing = "is not installed: apt-get install"
    if result.returncode == 2 and missing in result.stderr:
        reason = result.stderr.strip().splitlines()[-1].split(": ", 2)[-1]
        print(f"SKIP {solution.name} {' '.join(args)}: {reason}", flush=True)
        return None
    if result.returncode not in (0, 1):
        result.fail(f"{solution.name}: expected a judged run (exit 0 or 1)")
    got = result.json().get("verdict")
    if got != verdict:
        result.fail(f"{solution.name} {' '.join(args)}: expected {verdict}, got {got}")
    if stderr_has and stderr_has not in result.stderr:
        result.fail(f"{solution.name}: stderr does not say {stderr_has!r}")
    print(f"ok   {solution.name} {' '.join(args)}: {got}", flush=True)
    return result


def expect_refused(judge, solution, problem, message, *args):
    result = judge.run("run", solution, problem, *args)
    if result.returncode != 2 or message not in result.stderr:
        result.fail(f"{solution}: expected exit 2 saying {message!r}")
    print(f"ok   {Path(solution).name}: refused ({message})", flush=True)


def case_sources(judge):
    aplusb = judge.problems_dir / "aplusb"
    for folder in ("java-packages", "pascal-unit", "es-modules", "python-stray-file"):
        expect_verdict(judge, HERE / folder, aplusb, "AC")
    expect_verdict(judge, HERE / "prolog-helper", aplusb, "AC",
                   stderr_has=".pl read as Prolog, not Perl")
    single = HERE / "single"
    for name in ("hello.java", "solve.kt", "sum.py3"):
        expect_verdict(judge, single / name, aplusb, "AC")
    result = expect_verdict(judge, single / "perl_sum.pl", aplusb, "AC")
    if result and "Prolog" in result.stderr:
        result.fail("a Perl .pl file was reported as Prolog")
    result = expect_verdict(judge, single / "Different.java", aplusb, "CE")
    if result and "should be declared in a file named Main.java" not in result.stdout:
        result.fail("the CE does not carry javac's own message about the file name")
    for name in ("old.py2", "legacy_script"):
        expect_refused(judge, single / name, aplusb, "Python 2 is not available on Debian 12")
    # Two Python files with a main guard and no conventional name: the error lists both.
    ambiguous = judge.fresh_dir("ambiguous")
    for name in ("one.py", "two.py"):
        (ambiguous / name).write_text('if __name__ == "__main__":\n    print(1)\n')
    result = judge.run("run", ambiguous, aplusb)
    if result.returncode != 2 or "one.py, two.py" not in result.stderr or \
            "--entry" not in result.stderr:
        result.fail("an ambiguous folder must list the candidates and name --entry")
    print("ok   ambiguous entry point: candidates listed, --entry named")


def case_profiles(judge):
    aplusb = judge.problems_dir / "aplusb"
    single = HERE / "single"
    expected = {
        "ssize.cpp": {"default": "CE", "kattis": "AC", "domjudge": "CE"},
        "pypy_loop.py": {"default": "TLE", "kattis": "AC", "domjudge": "TLE"},
        # DOMjudge's lines: a bare rustc (edition 2015) and fpc without -Sc (no +=).
        "async_fn.rs": {"default": "AC", "domjudge": "CE"},
        "plus_assign.pas": {"default": "AC", "domjudge": "CE"},
        "no_main.pro": {"default": "RE", "domjudge": "CE"},
    }
    for name, by_profile in expected.items():
        for profile, verdict in by_profile.items():
            args = ("--profile", profile, "--tests", "sample/1") if profile != "default" \
                else ("--tests", "sample/1")
            expect_verdict(judge, single / name, aplusb, verdict, *args)
    listed = judge.run("languages", "--profile", "kattis")
    if listed.returncode != 0 or "PyPy, Kattis profile" not in listed.stdout or \
            "C++23" not in listed.stdout:
        listed.fail("judge languages --profile kattis does not show the profile's languages")
    unknown = judge.run("languages", "--profile", "codeforces")
    if unknown.returncode != 2 or "--profile" not in unknown.stderr:
        unknown.fail("an unknown profile must be exit 2 naming --profile")
    print("ok   judge languages --profile")


def case_types(judge):
    cases = [
        ("constants: {max_n: 10}\n", "constants", "constants"),
    ]
    solution = judge.problems_dir / "aplusb" / "submissions" / "accepted" / "aplusb.py"
    for yaml, field, word in cases:
        package = judge.fresh_dir("package")
        (package / "problem.yaml").write_text("problem_format_version: 2025-09\nname: T\n" +
                                              "uuid: 00000000-0000-4000-8000-000000000000\n" + yaml)
        (package / "data" / "secret").mkdir(parents=True)
        (package / "data" / "secret" / "1.in").write_text("1 2\n")
        (package / "data" / "secret" / "1.ans").write_text("3\n")
        (package / "output_validator").mkdir()
        (package / "output_validator" / "validate.py").write_text("import sys\nsys.exit(42)\n")
        result = judge.run("run", solution, package)
        if result.returncode != 2 or field not in result.stderr or word not in result.stderr:
            result.fail(f"problem.yaml {yaml.strip()!r} must be refused naming {field} ({word})")
        print(f"ok   {yaml.strip()}: refused by name", flush=True)


def case_timelimit(judge):
    package = judge.problems_dir / "timelimit-file"
    solution = package / "submissions" / "accepted" / "spin.cpp"
    result = expect_verdict(judge, solution, package, "AC", "--tests", "sample/*")
    if result is None:
        return
    limits = result.json().get("limits", {})
    if limits.get("time_ms") != 3000:
        result.fail(f"the .timelimit file's 3 s was not applied (limits: {limits})")
    expect_verdict(judge, solution, package, "TLE", "--tests", "sample/*", "--time-limit", "1s")
    package = judge.problems_dir / "no-timelimit"
    expect_verdict(judge, package / "submissions" / "accepted" / "sum.py", package, "AC",
                   stderr_has="NO TIME LIMIT")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--judge", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("case", choices=["sources", "profiles", "types", "timelimit"])
    options = parser.parse_args()
    judge = Judge(options.judge, options.source)
    try:
        globals()["case_" + options.case](judge)
    except TestFailure as failure:
        print(f"FAIL {failure}")
        return 1
    finally:
        judge.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
