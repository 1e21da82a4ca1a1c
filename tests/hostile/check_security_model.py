#!/usr/bin/python3
"""Every line of the README's security model names the hostile test that checks it: this checks
that each name given there (`name` in backquotes) is a real hostile case, so that a renamed or
removed test cannot leave a claim unbacked.

usage: check_security_model.py README.md
A name is a file of tests/hostile/cases or compile_cases, a case of run_hostile_files.py or
hostile_interactor.py, a CTest name ("hostile: rootless"), or the name of a sandbox unit test
(tests/unit/sandbox). Exit status 0 when all exist.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def known_names():
    names = set(os.listdir(os.path.join(HERE, "cases")))
    names |= set(os.listdir(os.path.join(HERE, "compile_cases")))
    for driver in ("run_hostile_files.py", "hostile_interactor.py", "hostile_checker.py"):
        with open(os.path.join(HERE, driver)) as f:
            text = f.read()
        names |= set(re.findall(r'Case\("([\w-]+)"', text))
        names |= set(re.findall(r'^    "([\w-]+)": \(', text, re.M))
    with open(os.path.join(HERE, "CMakeLists.txt")) as f:
        names |= set(re.findall(r'"(hostile: [^"$]+)"', f.read()))
    unit = os.path.join(HERE, "..", "unit", "sandbox")
    for source in os.listdir(unit):
        if source.endswith(".cc"):
            with open(os.path.join(unit, source)) as f:
                names |= set(re.findall(r'TEST_CASE\(\s*"([^"]+)"', f.read()))
    return names


def section(readme):
    with open(readme) as f:
        text = f.read()
    start = text.index("## Security model")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def main():
    text = section(sys.argv[1])
    named = [" ".join(name.split()) for name in re.findall(r"`([^`]+)`", text)]
    # Paths, commands and file names of the package that the text mentions as such, not tests.
    prose = {"ctest -L hostile", "tests/hostile/cases/", "compile_cases/",
             "run_hostile_files.py", "hostile_interactor.py", "/box", "/tmp", "judgemessage.txt",
             "-", "PATH_MAX", "/proc/self/mountinfo", "/proc/self/mounts", "judge"}
    known = known_names()
    missing = [name for name in named if name not in prose and name not in known]
    checked = [name for name in named if name in known]
    if missing:
        print(f"the security model names tests that do not exist: {missing}")
        return 1
    if len(checked) < 40:
        print(f"only {len(checked)} tests named: the security model lost its references")
        return 1
    print(f"security model: {len(checked)} test names, all real")
    return 0


if __name__ == "__main__":
    sys.exit(main())
