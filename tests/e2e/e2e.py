#!/usr/bin/env python3
"""End-to-end tests: run the real `judge` binary on the example problems in problems/.

usage: e2e.py --judge PATH --source REPO_ROOT CASE [PROBLEM]

Cases (each registered as its own CTest test by CMakeLists.txt):
  verdicts PROBLEM  judge verify passes on problems/PROBLEM and every file in its
                    submissions/<folder>/ gets the folder's verdict
  json-schema       --json has every documented key with the right type, tests in run order
  junit             --junit writes valid XML with one <testcase> per test
  bad-input         configuration and usage errors exit with 2 and say what is wrong
  compile-error     a solution that does not compile gets CE and exit code 1
  selection         --tests GLOB and --stop-on-first
  cleanup           no process, temp dir or cgroup of a run is left behind
  killed            after the judge is SIGKILLed mid-run nothing is left once the next one starts
  interrupted       Ctrl-C: exit code 130, nothing left behind
  doctor            judge doctor reports every host check; --languages judges each hello world
  languages         judge languages lists every language with a version or the install command
  multi-file        a directory of sources is judged as one program (--entry)
  install           cmake --install puts the binary, man page and data files under the prefix
  interactive       interactive and multi-pass details: every pass in JSON and JUnit, the
                    .interaction sample under --verbose, JE from a validator breaking the rules
  scoring, testlib  scoring problems and testlib checkers (see scoring_cases.py)
  polygon           a Polygon package judged as it is (see polygon_cases.py)
  polygon-files     named input/output files, checker points as percent, --testset
Exit status: 0 when every check passed, 1 otherwise (each failure is printed with the judge's
command line, exit code and stderr).
"""
import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
import xml.etree.ElementTree as ElementTree
from pathlib import Path

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
import polygon_cases
import polygon_files_cases
import scoring_cases
from json_schema import check_document
from judge_runner import (Judge, TestFailure, expected_test_names, processes_with, submissions)


def case_verdicts(judge, problem_name):
    """`judge verify` passes (exit 0) and every submission's verdict is its folder's; `judge run`
    exits 0 for AC and 1 otherwise (one submission per folder, TLE aside: it is the slowest)."""
    problem = judge.problems_dir / problem_name
    found = submissions(problem)
    if not found:
        raise TestFailure(f"{problem}: no submissions found")
    started = time.monotonic()
    result = judge.run("verify", problem, "--json")
    rows = {row.get("path"): row for row in result.json().get("submissions", [])}
    failures = []
    for folder, expected, source in found:
        label = f"{problem_name}/{folder}/{source.name}"
        row = rows.get(f"{folder}/{source.name}") or {}
        got = row.get("verdict")
        tests = row.get("tests") or []
        where = ", ".join(f"{t.get('name')}={t.get('verdict')}" for t in tests)
        if got != expected:
            failures.append(f"{label}: expected {expected}, got {got} ({where})")
        elif expected != "AC" and not any(t.get("verdict") == expected for t in tests):
            failures.append(f"{label}: overall {got} but no test has that verdict ({where})")
        elif row.get("met") is not True:
            failures.append(f"{label}: judge verify says {row.get('why')}")
        else:
            print(f"ok   {label}: {got}", flush=True)
    if failures:
        result.fail(f"{len(failures)} of {len(found)} submissions of {problem_name} got an "
                    f"unexpected verdict:\n    " + "\n    ".join(failures))
    if result.returncode != 0:
        result.fail(f"judge verify {problem_name}: exit {result.returncode}, expected 0")
    print(f"ok   judge verify {problem_name}: exit 0 ({time.monotonic() - started:.1f} s)")

    checked = set()
    for folder, expected, source in found:
        if folder in checked or expected == "TLE":
            continue
        checked.add(folder)
        run, document = judge.run_json("run", source, problem)
        want_exit = 0 if expected == "AC" else 1
        if document.get("verdict") != expected or run.returncode != want_exit:
            run.fail(f"{folder}/{source.name}: judge run gave {document.get('verdict')} with "
                     f"exit {run.returncode}, expected {expected} with exit {want_exit}")
        print(f"ok   judge run {folder}/{source.name}: exit {want_exit}", flush=True)


def case_interactive(judge):
    twopass = judge.problems_dir / "twopass"
    result, document = judge.run_json(
        "run", twopass / "submissions/time_limit_exceeded/slow_second_pass.c", twopass,
        "--tests", "sample/*")
    problems = check_document(document)
    if problems:
        result.fail("JSON schema: " + "; ".join(problems))
    passes = document["tests"][0]["passes"]
    if [p["verdict"] for p in passes] != ["AC", "TLE"] or result.returncode != 1:
        result.fail(f"expected passes AC then TLE and exit 1, got {passes}")
    junit = Path(judge.scratch) / "twopass.xml"
    result = judge.run("run", twopass / "submissions/accepted/both_passes.py", twopass,
                       "--junit", str(junit))
    text = junit.read_text()
    if result.returncode != 0 or "pass 2: AC" not in text:
        result.fail(f"JUnit of an accepted multi-pass run lacks its passes:\n{text}")
    guess = judge.problems_dir / "guess"
    result = judge.run("run", guess / "submissions/wrong_answer/off_by_one.py", guess,
                       "--verbose", "--tests", "sample/*")
    if result.returncode != 1 or "interaction:" not in result.stdout or ">! 7" not in result.stdout:
        result.fail("--verbose does not show the sample's .interaction")
    # A validator breaking the multi-pass rules is JE: more passes than validation_passes.
    package = Path(judge.scratch) / "endless"
    shutil.copytree(twopass, package)
    (package / "output_validator/validator.cpp").write_text(
        '#include <fstream>\n#include <string>\n'
        'int main(int, char** argv) {\n'
        '  std::ofstream(std::string(argv[3]) + "nextpass.in") << "1 1\\n";\n'
        '  return 42;\n}\n')
    result, document = judge.run_json(
        "run", package / "submissions/accepted/both_passes.py", package, "--tests", "sample/*")
    test = document["tests"][0]
    if document["verdict"] != "JE" or "validation_passes is 2" not in test["message"] or \
            len(test["passes"]) != 2 or result.returncode != 1:
        result.fail(f"expected JE after 2 passes, got {document['verdict']}: {test}")
    print("ok   interactive: passes in JSON and JUnit, .interaction shown, pass limit is JE")


def case_json_schema(judge):
    checked = [
        ("aplusb", "submissions/accepted/aplusb.cpp", "AC", "2025-09", "cpp"),
        ("aplusb", "submissions/wrong_answer/difference.py", "WA", "2025-09", "python3"),
        ("hello", "submissions/run_time_error/exit3.c", "RE", "legacy", "c"),
        ("sumfloat", "submissions/accepted/many_digits.py", "AC", "legacy", "python3"),
        ("different", "submissions/wrong_answer/garbage.py", "WA", "2025-09", "python3"),
    ]
    for problem_name, solution, verdict, package_format, language in checked:
        problem = judge.problems_dir / problem_name
        result, document = judge.run_json("run", problem / solution, problem)
        problems = check_document(document)
        if problems:
            result.fail(f"{problem_name}/{solution}: JSON does not match the schema:\n    " +
                        "\n    ".join(problems))
        expect_equal(result, "verdict", document["verdict"], verdict)
        expect_equal(result, "problem.format", document["problem"]["format"], package_format)
        expect_equal(result, "language.id", document["language"]["id"], language)
        names = [test["name"] for test in document["tests"]]
        expect_equal(result, "test names in run order", names, expected_test_names(problem))
        for test in document["tests"]:
            group = test["name"].rpartition("/")[0]
            expect_equal(result, f"group of {test['name']}", test["group"], group)
        limits = document["limits"]
        if limits["time_ms"] < 1000 or limits["wall_time_ms"] < limits["time_ms"]:
            result.fail(f"limits {limits}: expected time_ms >= 1000 (problem.yaml says 1 s) and "
                        f"wall_time_ms >= time_ms")
        if limits["memory_bytes"] < 256 << 20:
            result.fail(f"limits.memory_bytes {limits['memory_bytes']} < 256 MiB (problem.yaml)")
        print(f"ok   {problem_name}/{solution}: schema ok, verdict {verdict}, "
              f"{len(names)} tests in order")

    # The WA of difference.py on sample/1 (prints -1, expects 3) is found by the default
    # validator, so the difference must point at the first token.
    problem = judge.problems_dir / "aplusb"
    result, document = judge.run_json("run", problem / "submissions/wrong_answer/difference.py",
                                      problem, "--tests", "sample/1")
    difference = document["tests"][0]["difference"] if document["tests"] else None
    if not difference or (difference["expected"], difference["got"]) != ("3", "-1"):
        result.fail(f"expected difference expected='3' got='-1' on sample/1, got {difference}")

    # Command-line limits override problem.yaml (C++ has a time factor of 1).
    result, document = judge.run_json("run", problem / "submissions/accepted/aplusb.cpp",
                                      problem, "--time-limit", "1500ms", "--memory-limit", "300m")
    expect_equal(result, "limits.time_ms with --time-limit 1500ms",
                 document["limits"]["time_ms"], 1500)
    expect_equal(result, "limits.memory_bytes with --memory-limit 300m",
                 document["limits"]["memory_bytes"], 300 << 20)
    print("ok   difference and limit overrides")


def case_junit(judge):
    problem = judge.problems_dir / "aplusb"
    for solution in ("submissions/wrong_answer/difference.py", "submissions/accepted/aplusb.py"):
        xml_path = judge.fresh_dir("junit") / "report.xml"
        result, document = judge.run_json("run", problem / solution, problem, "--junit", xml_path)
        if not xml_path.exists():
            result.fail(f"--junit {xml_path} wrote no file")
        try:
            root = ElementTree.parse(xml_path).getroot()
        except ElementTree.ParseError as error:
            result.fail(f"--junit file is not well-formed XML: {error}\n"
                        f"{xml_path.read_text(errors='replace')[:1000]}")
        cases = list(root.iter("testcase"))
        expect_equal(result, "number of <testcase> elements", len(cases),
                     len(expected_test_names(problem)))
        failed = sum(1 for c in cases if c.find("failure") is not None or
                     c.find("error") is not None)
        not_ac = sum(1 for t in document["tests"] if t["verdict"] != "AC")
        expect_equal(result, "<testcase> with <failure>/<error>", failed, not_ac)
        if any(not c.get("name") for c in cases):
            result.fail("a <testcase> has no name attribute")
        print(f"ok   {solution}: {len(cases)} testcases, {failed} failing")


def case_bad_input(judge):
    hello = judge.problems_dir / "hello"
    solution = hello / "submissions/accepted/hello.py"

    broken = judge.fresh_dir("broken-problem")
    (broken / "problem.yaml").write_text("name: Broken\nlimits: {time_limit: abc}\n")
    (broken / "data" / "sample").mkdir(parents=True)
    (broken / "data" / "sample" / "1.in").write_text("")
    (broken / "data" / "sample" / "1.ans").write_text("Hello World!\n")
    result = judge.run("run", solution, broken)
    expect_usage_error(result, "malformed limits.time_limit", ["problem.yaml", "time_limit"])

    result = judge.run("run", solution, judge.scratch / "no-such-problem")
    expect_usage_error(result, "nonexistent problem directory", ["no-such-problem"])

    result = judge.run("run", solution, hello, "--lang", "no-such-language")
    expect_usage_error(result, "unknown --lang", ["no-such-language"])

    result = judge.run("run", solution, hello, "--time-limit", "fast")
    expect_usage_error(result, "bad --time-limit value", ["fast"])

    result = judge.run("run", judge.scratch / "missing.py", hello)
    expect_usage_error(result, "nonexistent solution file", ["missing.py"])


def case_compile_error(judge):
    problem = judge.problems_dir / "hello"
    source = judge.fresh_dir("compile-error") / "broken.cpp"
    source.write_text("int main() { return undefined_name_e2e; }\n")
    result, document = judge.run_json("run", source, problem)
    expect_equal(result, "verdict", document.get("verdict"), "CE")
    expect_equal(result, "exit code", result.returncode, 1)
    problems = check_document(document)
    if problems:
        result.fail("JSON does not match the schema:\n    " + "\n    ".join(problems))
    compile_info = document["compile"]
    expect_equal(result, "compile.status", compile_info["status"], "failed")
    if "undefined_name_e2e" not in compile_info["message"]:
        result.fail(f"compile.message does not show the compiler's error: "
                    f"{compile_info['message']!r:.300}")
    if any(test["verdict"] not in ("SKIPPED", "CE") for test in document["tests"]):
        result.fail(f"tests ran after a compile error: {document['tests']}")
    print("ok   broken.cpp: CE with the compiler's message")


def case_selection(judge):
    problem = judge.problems_dir / "aplusb"
    accepted = problem / "submissions/accepted/aplusb.cpp"
    for pattern, prefix in (("sample/*", "sample/"), ("secret/group1/*", "secret/group1/")):
        result, document = judge.run_json("run", accepted, problem, "--tests", pattern)
        names = [t["name"] for t in document["tests"]]
        wanted = [n for n in expected_test_names(problem) if n.startswith(prefix)]
        expect_equal(result, f"tests run with --tests {pattern}", names, wanted)
        expect_equal(result, "verdict", document["verdict"], "AC")
        print(f"ok   --tests {pattern}: {names}")

    # difference.py fails sample/1 already; everything after it must be skipped, not run.
    wrong = problem / "submissions/wrong_answer/difference.py"
    result, document = judge.run_json("run", wrong, problem, "--stop-on-first")
    verdicts = [t["verdict"] for t in document["tests"]]
    all_names = expected_test_names(problem)
    expect_equal(result, "test names with --stop-on-first", [t["name"] for t in document["tests"]],
                 all_names)
    expect_equal(result, "verdicts with --stop-on-first", verdicts,
                 ["WA"] + ["SKIPPED"] * (len(all_names) - 1))
    expect_equal(result, "verdict", document["verdict"], "WA")
    expect_equal(result, "exit code", result.returncode, 1)
    print(f"ok   --stop-on-first: {verdicts}")


# Each solution carries the marker in the argv of the process it leaves running, so the test
# can find it in /proc. exec keeps the TLE case within a one-process limit.
TLE_SOLUTION = """\
import os, sys
os.execv(sys.executable, [sys.executable, "-c", "while True: pass", "{marker}"])
"""
# For problems/aplusb: right on the first test ("1 2") and endless on the second ("-5 5"), so the
# judge is stopped while the init of the next test is already started.
LATE_TLE_SOLUTION = """\
import os, sys
a, b = map(int, sys.stdin.read().split())
if a != -5:
    print(a + b)
else:
    os.execv(sys.executable, [sys.executable, "-c", "while True: pass", "{marker}"])
"""
FORK_SOLUTION = """\
import subprocess, sys
print("Hello World!", flush=True)
try:
    subprocess.Popen([sys.executable, "-c", "import time; time.sleep(1000)", "{marker}"],
                     start_new_session=True, stdin=subprocess.DEVNULL,
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
except Exception as error:  # a process limit or a blocked setsid is a fine outcome too
    print("fork failed:", error, file=sys.stderr)
"""


def case_cleanup(judge):
    problem = judge.problems_dir / "hello"
    for kind, template in (("tle", TLE_SOLUTION), ("background-child", FORK_SOLUTION)):
        marker = f"judge-e2e-marker-{uuid.uuid4().hex}"
        source = judge.fresh_dir(kind) / f"{kind.replace('-', '_')}.py"
        source.write_text(template.format(marker=marker))
        tmpdir = judge.fresh_dir("tmpdir")
        result = judge.run("run", source, problem, "--tests", "sample/*", "--json", tmpdir=tmpdir)
        document = result.json()
        verdict = document.get("verdict")
        if kind == "tle":
            expect_equal(result, "verdict of an endless loop", verdict, "TLE")
        leftovers = wait_for_no_processes(marker)
        if leftovers:
            for pid in leftovers:  # ours: started by this test, found by a unique marker
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            result.fail(f"{kind}: processes of the run are still alive after the judge exited: "
                        f"pids {leftovers} (killed now)")
        remaining = sorted(p.name for p in tmpdir.iterdir())
        if remaining:
            result.fail(f"{kind}: the judge left files in TMPDIR={tmpdir}: {remaining}")
        if result.pid is not None:
            cgroups = leftover_cgroups(result.pid)
            if cgroups:
                result.fail(f"{kind}: cgroups of the run remain: {cgroups}")
        print(f"ok   {kind}: verdict {verdict}, no process, temp file or cgroup left")


def start_judge(judge, source, problem, tmpdir):
    """Starts `judge run` in the background; returns the Popen."""
    env = dict(os.environ)
    env.update(TMPDIR=str(tmpdir), XDG_CACHE_HOME=str(judge.scratch / "cache"), NO_COLOR="1")
    return subprocess.Popen([judge.binary, "run", str(source), str(problem), "--json"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True)


def wait_until_running(marker, timeout_s=20.0):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if processes_with(marker):
            return True
        time.sleep(0.05)
    return False


def start_endless_run(judge, label):
    """Starts a judge on a solution endless on the second test of problems/aplusb and waits
    until that runs: (process, marker, tmpdir)."""
    marker = f"judge-e2e-marker-{uuid.uuid4().hex}"
    source = judge.fresh_dir(label) / "spin.py"
    source.write_text(LATE_TLE_SOLUTION.format(marker=marker))
    tmpdir = judge.fresh_dir("tmpdir")
    process = start_judge(judge, source, judge.problems_dir / "aplusb", tmpdir)
    if not wait_until_running(marker):
        process.kill()
        raise TestFailure(f"{label}: the solution never started: {process.communicate()[1]}")
    return process, marker, tmpdir


def case_killed(judge):
    """The judge killed with SIGKILL mid-run leaves nothing behind once the next judge starts."""
    problem = judge.problems_dir / "hello"
    process, marker, tmpdir = start_endless_run(judge, "killed")
    process.send_signal(signal.SIGKILL)
    process.wait()
    leftovers = wait_for_no_processes(marker)
    if leftovers:
        for pid in leftovers:
            os.kill(pid, signal.SIGKILL)
        raise TestFailure(f"killed: processes of the run survived the judge: pids {leftovers}")
    # The init started ahead for the next test dies with the judge too: the cgroups it left are
    # empty even before the next judge removes them.
    populated = wait_for_empty_cgroups(leftover_cgroups(process.pid))
    if populated:
        raise TestFailure(f"killed: processes of the killed judge remain in {populated}")
    # The next judge of the same user removes what the killed one could not.
    result = judge.run("run", problem / "submissions/accepted/hello.py", problem, "--json",
                       tmpdir=tmpdir)
    expect_equal(result, "verdict of the next run", result.json().get("verdict"), "AC")
    remaining = sorted(p.name for p in tmpdir.iterdir())
    if remaining:
        result.fail(f"killed: staging directories remain in TMPDIR={tmpdir}: {remaining}")
    cgroups = leftover_cgroups(process.pid)
    if cgroups:
        result.fail(f"killed: cgroups of the killed judge remain: {cgroups}")
    mounts = [line for line in Path("/proc/self/mountinfo").read_text().splitlines()
              if str(tmpdir) in line]
    if mounts:
        result.fail(f"killed: mounts remain: {mounts}")
    print("ok   killed: no process, staging dir, cgroup or mount left after SIGKILL")


def case_interrupted(judge):
    """Ctrl-C (SIGINT) stops the judge with exit code 130 after cleaning up."""
    process, marker, tmpdir = start_endless_run(judge, "interrupted")
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    if process.returncode != 130:
        raise TestFailure(f"interrupted: exit code {process.returncode}, expected 130: {stderr}")
    if "interrupted" not in stderr:
        raise TestFailure(f"interrupted: stderr does not say so: {stderr!r}")
    leftovers = wait_for_no_processes(marker)
    remaining = sorted(p.name for p in tmpdir.iterdir())
    cgroups = leftover_cgroups(process.pid)
    if leftovers or remaining or cgroups:
        raise TestFailure(f"interrupted: left behind: processes {leftovers}, files {remaining}, "
                          f"cgroups {cgroups}")
    print("ok   interrupted: exit 130, nothing left behind")


def case_doctor(judge):
    """`judge doctor` reports each host fact; `--languages` judges each language's hello world."""
    result = judge.run("doctor")
    if result.returncode != 0:
        result.fail(f"doctor exited {result.returncode} on a machine with full isolation")
    for check in ("user namespaces", "cgroups", "peak memory", "seccomp", "swap",
                  "CPU frequency scaling", "SMT", "sandbox run", "language files"):
        if not any(line.split("  ")[0] in ("OK", "WARN", "FAIL") and check in line
                   for line in result.stdout.splitlines()):
            result.fail(f"doctor does not report '{check}':\n{result.stdout}")
    result = judge.run("doctor", "--languages", timeout=900)
    if result.returncode != 0:
        result.fail(f"doctor --languages exited {result.returncode}")
    lines = result.stdout.splitlines()
    for language in ("c", "cpp", "python3", "java", "javascript"):
        line = next((l for l in lines if f"language {language} " in l), None)
        if line is None or not line.startswith("OK") or "works:" not in line:
            result.fail(f"doctor --languages: {language} is not reported working: {line}")
    print("ok   doctor: every check reported; default languages work in the sandbox")


def case_languages(judge):
    """`judge languages` lists each language file with its version or the install command."""
    result = judge.run("languages")
    if result.returncode != 0:
        result.fail(f"judge languages exited {result.returncode}")
    listed = result.stdout
    for yaml_file in sorted((judge.source_dir / "languages").glob("*.yaml")):
        language = yaml_file.stem
        line = next((l for l in listed.splitlines() if l.split()[:1] == [language]), None)
        if line is None:
            result.fail(f"judge languages does not list {language}:\n{listed}")
        package = next((l.split(":", 1)[1].strip().strip('"') for l in
                        yaml_file.read_text().splitlines() if l.startswith("package:")), "")
        if "not installed" in line and f"apt-get install {package}" not in line:
            result.fail(f"{language}: missing toolchain without its install command: {line}")
    for installed in ("c", "cpp", "python3"):
        line = next(l for l in listed.splitlines() if l.split()[:1] == [installed])
        if "not installed" in line:
            result.fail(f"{installed} is installed here but listed as missing: {line}")
    # scripts/setup.sh installs from this list: `all` covers every language file's package, and
    # the default set is in it.
    packages = {}
    for which in ("all", "default"):
        listing = subprocess.run(["bash", str(judge.source_dir / "scripts/language-packages.sh"),
                                  which], capture_output=True, text=True, check=True)
        packages[which] = set(listing.stdout.split())
    for yaml_file in sorted((judge.source_dir / "languages").glob("*.yaml")):
        wanted = next((l.split(":", 1)[1].split("#")[0].strip().strip('"') for l in
                       yaml_file.read_text().splitlines() if l.startswith("package:")), "")
        if not set(wanted.split()) <= packages["all"]:
            result.fail(f"language-packages.sh all misses {wanted} ({yaml_file.name})")
    if not packages["default"] <= packages["all"] or "g++" not in packages["default"]:
        result.fail(f"language-packages.sh default is not a subset of all: {packages}")
    print("ok   languages: every language file listed, with a version or its install command")


def case_multi_file(judge):
    """A directory of sources is one program: the entry point by convention or --entry."""
    problem = judge.problems_dir / "aplusb"
    python_dir = judge.fresh_dir("multi-python")
    (python_dir / "main.py").write_text("from arith import add\n"
                                        "a, b = map(int, input().split())\n"
                                        "print(add(a, b))\n")
    (python_dir / "arith.py").write_text("def add(a, b):\n    return a + b\n")
    result, document = judge.run_json("run", python_dir, problem)
    expect_equal(result, "verdict of a two-module Python solution", document["verdict"], "AC")
    (python_dir / "solve.py").write_text("print(0)\n")
    result, document = judge.run_json("run", python_dir, problem, "--entry", "solve.py")
    expect_equal(result, "verdict with --entry solve.py (prints 0)", document["verdict"], "WA")
    result = judge.run("run", python_dir, problem, "--entry", "missing.py")
    expect_equal(result, "exit code for a missing --entry", result.returncode, 2)
    if "--entry" not in result.stderr:
        result.fail("the error does not name --entry")
    c_dir = judge.fresh_dir("multi-c")
    (c_dir / "main.c").write_text('#include <stdio.h>\n#include "add.h"\n'
                                  "int main(void) { long long a, b;\n"
                                  '  if (scanf("%lld %lld", &a, &b) != 2) return 1;\n'
                                  '  printf("%lld\\n", add(a, b)); return 0; }\n')
    (c_dir / "add.h").write_text("long long add(long long a, long long b);\n")
    (c_dir / "add.c").write_text('#include "add.h"\nlong long add(long long a, long long b) '
                                 "{ return a + b; }\n")
    result, document = judge.run_json("run", c_dir, problem)
    expect_equal(result, "verdict of a two-file C solution", document["verdict"], "AC")
    print("ok   multi-file: Python modules and C translation units judged as one program")


def case_cache(judge):
    """The compile cache: a second run is cached, `judge cache` shows it, the bound evicts,
    `judge cache clear` empties it."""
    problem = judge.problems_dir / "aplusb"
    source = judge.fresh_dir("cache") / "sum.c"
    source.write_text('#include <stdio.h>\nint main(void) { long long a, b;\n'
                      '  if (scanf("%lld %lld", &a, &b) != 2) return 1;\n'
                      '  printf("%lld\\n", a + b); return 0; }\n')
    result, document = judge.run_json("run", source, problem)
    expect_equal(result, "first compile", document["compile"]["status"], "compiled")
    result, document = judge.run_json("run", source, problem)
    expect_equal(result, "second run", document["compile"]["status"], "cached")
    shown = judge.run("cache")
    expect_equal(shown, "exit code of judge cache", shown.returncode, 0)
    for line in ("entries: 1", "bound: 512.0 MiB"):
        if line not in shown.stdout:
            shown.fail(f"`judge cache` lacks {line!r}: {shown.stdout!r}")
    os.environ["JUDGE_CACHE_SIZE"] = "2g"
    try:
        shown = judge.run("cache")
    finally:
        del os.environ["JUDGE_CACHE_SIZE"]
    if "bound: 2.0 GiB" not in shown.stdout:
        shown.fail(f"JUDGE_CACHE_SIZE=2g is not the bound shown: {shown.stdout!r}")
    bad = judge.run("run", source, problem, "--cache-size", "lots")
    expect_usage_error(bad, "--cache-size lots", ["--cache-size"])
    # A bound smaller than the program: the entry goes as soon as it is stored.
    other = source.with_name("other.c")
    other.write_text(source.read_text() + "/* another key */\n")
    result, document = judge.run_json("run", other, problem, "--cache-size", "1k")
    expect_equal(result, "verdict under a tiny cache bound", document["verdict"], "AC")
    shown = judge.run("cache")
    if "entries: 0" not in shown.stdout:
        shown.fail(f"a 1 KiB bound kept entries: {shown.stdout!r}")
    result, document = judge.run_json("run", source, problem)
    cleared = judge.run("cache", "clear")
    if "removed 1 entry" not in cleared.stdout:
        cleared.fail(f"`judge cache clear` did not report the entry: {cleared.stdout!r}")
    shown = judge.run("cache")
    if "entries: 0" not in shown.stdout:
        shown.fail(f"entries left after clear: {shown.stdout!r}")
    print("ok   cache: cached rerun, shown, bounded (JUDGE_CACHE_SIZE, --cache-size), cleared")


def case_many_classes(judge):
    """A Java program of 150 classes (151 files in /box) is AC: a program's files reach /box as
    one mount, not one per file."""
    problem = judge.problems_dir / "aplusb"
    source = judge.fresh_dir("many-classes") / "Main.java"
    classes = "".join(f"class C{i} {{ static long v() {{ return {i}; }} }}\n" for i in range(150))
    uses = " + ".join(f"C{i}.v()" for i in range(150))
    source.write_text("import java.util.Scanner;\n" + classes +
                      "public class Main { public static void main(String[] args) {\n"
                      "  Scanner in = new Scanner(System.in);\n"
                      "  long a = in.nextLong(), b = in.nextLong();\n"
                      f"  long all = {uses};\n"
                      f"  System.out.println(a + b + all - {sum(range(150))}L);\n"
                      "} }\n")
    result, document = judge.run_json("run", source, problem, timeout=600)
    expect_equal(result, "verdict of a 150-class Java program", document["verdict"], "AC")
    print("ok   many-classes: 150 Java classes judged AC")


def case_install(judge):
    """`cmake --install` puts the binary, the man page and the data files under the prefix."""
    build_dir = Path(judge.binary).parent
    prefix = judge.fresh_dir("prefix")
    completed = subprocess.run(["cmake", "--install", str(build_dir), "--prefix", str(prefix)],
                               capture_output=True, text=True)
    if completed.returncode != 0:
        raise TestFailure(f"cmake --install failed: {completed.stderr}")
    for relative in ("bin/judge", "share/man/man1/judge.1", "share/judge/languages/c.yaml",
                     "share/judge/languages/hello/c.c", "share/judge/seccomp/default.policy"):
        if not (prefix / relative).is_file():
            raise TestFailure(f"cmake --install did not install {relative} under {prefix}")
    env = dict(os.environ, JUDGE_DATA_DIR=str(prefix / "share/judge"))
    listed = subprocess.run([str(prefix / "bin/judge"), "languages"], capture_output=True,
                            text=True, env=env)
    if listed.returncode != 0 or not any(line.split()[:1] == ["c"]
                                         for line in listed.stdout.splitlines()):
        raise TestFailure(f"the installed judge cannot list its languages: {listed.stderr}")
    print("ok   install: binary, man page and data files under the prefix")


def wait_for_no_processes(marker, grace_s=2.0):
    deadline = time.monotonic() + grace_s
    while True:
        pids = processes_with(marker)
        if not pids or time.monotonic() > deadline:
            return pids
        time.sleep(0.1)


def wait_for_empty_cgroups(directories, grace_s=2.0):
    """The cgroups among `directories` that still hold processes after the grace period."""
    deadline = time.monotonic() + grace_s
    while True:
        populated = []
        for directory in directories:
            try:
                if (Path(directory) / "cgroup.procs").read_text().strip():
                    populated.append(directory)
            except OSError:
                pass  # removed meanwhile
        if not populated or time.monotonic() > deadline:
            return populated
        time.sleep(0.1)


def leftover_cgroups(judge_pid, max_depth=6):
    """Directories named judge-<pid>-* under /sys/fs/cgroup (the judge's per-run cgroups)."""
    prefix = f"judge-{judge_pid}-"
    found = []
    root = Path("/sys/fs/cgroup")
    pending = [(root, 0)]
    while pending:
        directory, depth = pending.pop()
        try:
            children = [c for c in directory.iterdir() if c.is_dir() and not c.is_symlink()]
        except OSError:
            continue
        for child in children:
            if child.name.startswith(prefix):
                found.append(str(child))
            elif depth < max_depth:
                pending.append((child, depth + 1))
    return found


def expect_equal(result, what, got, expected):
    if got != expected:
        result.fail(f"{what}: expected {expected!r}, got {got!r}")


def expect_usage_error(result, what, mentions):
    if result.returncode != 2:
        result.fail(f"{what}: expected exit code 2, got {result.returncode}")
    missing = [m for m in mentions if m not in result.stderr]
    if missing:
        result.fail(f"{what}: stderr should mention {missing}")
    first_line = result.stderr.strip().splitlines()[0] if result.stderr.strip() else ""
    print(f"ok   {what}: exit 2, {first_line[:120]}")


CASES = {
    "verdicts": case_verdicts,
    "json-schema": case_json_schema,
    "junit": case_junit,
    "bad-input": case_bad_input,
    "compile-error": case_compile_error,
    "selection": case_selection,
    "cleanup": case_cleanup,
    "killed": case_killed,
    "interrupted": case_interrupted,
    "doctor": case_doctor,
    "languages": case_languages,
    "multi-file": case_multi_file,
    "install": case_install,
    "cache": case_cache,
    "many-classes": case_many_classes,
    "interactive": case_interactive,
}
CASES.update(scoring_cases.CASES)
CASES.update(polygon_cases.CASES)
CASES.update(polygon_files_cases.CASES)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judge", required=True, type=Path, help="the judge binary")
    parser.add_argument("--source", required=True, type=Path, help="repository root")
    parser.add_argument("case", choices=sorted(CASES))
    parser.add_argument("args", nargs="*")
    options = parser.parse_args()
    if not options.judge.is_file():
        print(f"FAIL judge binary {options.judge} does not exist (build the `judge` target)")
        return 1
    judge = Judge(options.judge.resolve(), options.source.resolve())
    try:
        CASES[options.case](judge, *options.args)
    except TestFailure as failure:
        print(f"FAIL {failure}")
        return 1
    finally:
        judge.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
