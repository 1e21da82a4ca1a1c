#!/usr/bin/env python3
"""The compact testlib.h in tests/fixtures/testlib compiles (gnu++17 and gnu++20, -Wall -Werror)
and keeps testlib's contract: checker exit codes 0 OK, 1 WA, 2 PE, 3 FAIL, 7 points; an
interactor writing tout; a validator exiting 0 on valid input and 3 on invalid input.

usage: testlib_header.py REPO_ROOT
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def main():
    fixtures = Path(sys.argv[1]) / "tests" / "fixtures" / "testlib"
    compiler = shutil.which("g++")
    if compiler is None:
        print("SKIP: g++ is not installed")
        return 0
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for standard in ("gnu++17", "gnu++20"):
            for program in ("checker", "interactor", "validator"):
                binary = work / f"{program}-{standard}"
                command = [compiler, f"-std={standard}", "-O1", "-Wall", "-Wextra", "-Werror",
                           "-I", str(fixtures), str(fixtures / f"{program}.cpp"), "-o", str(binary)]
                built = subprocess.run(command, capture_output=True, text=True)
                if built.returncode != 0:
                    failures.append(f"{program} ({standard}) does not compile:\n{built.stderr}")
        if failures:
            print("\n".join(failures))
            return 1

        def write(name, text):
            (work / name).write_text(text)
            return str(work / name)

        checker = str(work / "checker-gnu++20")
        cases = [  # input, output, answer, exit code, start of stderr
            ("plain", "5\n", "5\n", 0, "ok 5"),
            ("plain", "  5  \n\n", "5", 0, "ok"),
            ("plain", "6\n", "5\n", 1, "wrong answer expected 5"),
            ("plain", "x\n", "5\n", 2, "wrong output format Expected"),
            ("plain", "", "5\n", 2, "wrong output format Unexpected end of file"),
            ("plain", "5 6\n", "5\n", 2, "wrong output format Extra information"),
            ("plain", "2000000000\n", "5\n", 1, "wrong answer Integer [name=answer]"),
            ("plain", "5\n", "five\n", 3, "FAIL Expected"),
            ("half", "5\n", "5\n", 7, "points 0.5 half of 2nd"),
            ("ensure", "5\n", "5\n", 3, "FAIL the answer 5 is not negative"),
            ("forget", "5\n", "5\n", 3, "FAIL the program ended without a verdict"),
        ]
        for mode, out, answer, code, message in cases:
            run = subprocess.run([checker, "--testset", "tests", write("in", mode + "\n"),
                                  write("out", out), write("ans", answer)],
                                 capture_output=True, text=True, timeout=10)
            if run.returncode != code or not run.stderr.startswith(message):
                failures.append(f"checker {mode} {out!r} vs {answer!r}: exit {run.returncode} "
                                f"{run.stderr!r}, expected {code} {message!r}")
        result = work / "result.txt"
        subprocess.run([checker, write("in", "plain\n"), write("out", "6\n"), write("ans", "5\n"),
                        str(result)], capture_output=True, timeout=10)
        if not result.exists() or not result.read_text().startswith("wrong answer"):
            failures.append("checker did not write its verdict to the result file")

        interactor = str(work / "interactor-gnu++17")
        for reply, code in (("42\n", 0), ("41\n", 1), ("", 2)):
            tout = work / "tout"
            run = subprocess.run([interactor, write("in", "42\n"), str(tout)], input=reply,
                                 capture_output=True, text=True, timeout=10)
            if run.returncode != code or run.stdout != "42\n":
                failures.append(f"interactor, reply {reply!r}: exit {run.returncode}, stdout "
                                f"{run.stdout!r}, expected {code} and '42\\n'")
            if code != 2 and tout.read_text() != reply:
                failures.append(f"interactor wrote {tout.read_text()!r} to tout, expected {reply!r}")

        validator = str(work / "validator-gnu++20")
        for text, code in (("2\nab c\n", 0), ("2\nab  c\n", 3), ("2\nab c", 3), ("6\na b c d e f\n", 3),
                           ("2\nab C\n", 3), ("02\nab c\n", 3), ("1\nabcd\n", 3), ("1\nab\n\n", 3)):
            run = subprocess.run([validator], input=text, capture_output=True, text=True, timeout=10)
            if run.returncode != code:
                failures.append(f"validator on {text!r}: exit {run.returncode} ({run.stderr.strip()}), "
                                f"expected {code}")
    print("\n".join(failures) if failures else "testlib.h: all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
