"""`judge run --verbose` prints the plan of the compile and of the first test's run, as the sandbox
sets them up: argv, mounts, stdio and every limit with its default resolved.

usage: run_plan.py --judge BUILD/judge --source REPO CASE
"""
import sys

from judge_runner import TestFailure, expected_test_names, run_case_from_command_line


def plan_blocks(result):
    """{title: [lines]} of the "Run plan:" section of a text report."""
    lines = result.stdout.splitlines()
    if "Run plan:" not in lines:
        result.fail("no 'Run plan:' section in --verbose output")
    blocks, title = {}, None
    for line in lines[lines.index("Run plan:") + 1:]:
        if line.startswith("    ") and title:
            blocks[title].append(line.strip())
        elif line.startswith("  ") and line.endswith(":"):
            title = line.strip()
            blocks[title] = []
        else:
            break
    return blocks


def field(result, block, name):
    found = [line for line in block if line.startswith(name + ": ")]
    if len(found) != 1:
        result.fail(f"expected one '{name}:' line in {block}")
    return found[0][len(name) + 2:]


def case_compiled(judge):
    """A C solution: the compiler's run and the first test's run, limits resolved."""
    problem = judge.problems_dir / "hello"
    first = expected_test_names(problem)[0]
    result = judge.run("run", "--verbose", problem / "submissions/accepted/hello.c", problem)
    if result.returncode != 0:
        result.fail("hello.c is not accepted with --verbose")
    blocks = plan_blocks(result)
    if list(blocks) != ["compile:", f"test {first}:"]:
        result.fail(f"expected the blocks compile: and test {first}:, got {list(blocks)}")
    compile_block, test_block = blocks["compile:"], blocks[f"test {first}:"]
    if "gcc" not in field(result, compile_block, "argv"):
        result.fail(f"the compile's argv does not run gcc: {compile_block}")
    if not any(line.startswith("after the run: /box is handed back") for line in compile_block):
        result.fail(f"the compile's plan does not hand /box back: {compile_block}")
    if not field(result, test_block, "argv").startswith("/box/"):
        result.fail(f"the test's argv does not run the program in /box: {test_block}")
    # /box and /tmp are each as big as the run's memory limit (their pages are charged to it).
    memory = field(result, test_block, "limits").split("memory ", 1)[1].split(",")[0]
    if not field(result, test_block, "/box").endswith(f"(read-only) under a tmpfs of {memory}"):
        result.fail(f"/box is not the program under a tmpfs of the memory limit: {test_block}")
    if field(result, test_block, "/tmp") != f"empty tmpfs of {memory}":
        result.fail(f"/tmp is not a tmpfs of the memory limit: {test_block}")
    if not field(result, test_block, "stdin").endswith(".in"):
        result.fail(f"stdin is not the test's input: {test_block}")
    if "/usr" not in field(result, test_block, "read-only from the host (those that exist)"):
        result.fail(f"/usr is not among the read-only host paths: {test_block}")
    # problem.yaml: time_limit 1, memory 256; C has no time factor or memory extra; the wall
    # limit defaults to three times the time limit.
    limits = field(result, test_block, "limits")
    if not limits.startswith("cpu 1.00 s, wall 3.00 s, memory 256.0 MiB,"):
        result.fail(f"unexpected limits of the test run: {limits}")
    if field(result, test_block, "seccomp") != "seccomp/default.policy":
        result.fail(f"unexpected seccomp policy: {test_block}")
    print(f"ok   compiled: compile and test {first} plans, limits '{limits[:40]}...'")


def case_interpreted(judge):
    """A Python solution: the language's time factor and memory extra count."""
    problem = judge.problems_dir / "hello"
    first = expected_test_names(problem)[0]
    result = judge.run("run", "--verbose", "--wall-time-limit", "5s",
                       problem / "submissions/accepted/hello.py", problem)
    blocks = plan_blocks(result)
    if f"test {first}:" not in blocks:
        result.fail(f"expected a block test {first}:, got {list(blocks)}")
    # python3.yaml: time_factor 2.0, memory_extra 16m; --wall-time-limit replaces the default.
    limits = field(result, blocks[f"test {first}:"], "limits")
    if not limits.startswith("cpu 2.00 s, wall 5.00 s, memory 272.0 MiB,"):
        result.fail(f"unexpected limits of the test run: {limits}")
    quiet = judge.run("run", problem / "submissions/accepted/hello.py", problem)
    if "Run plan:" in quiet.stdout:
        quiet.fail("the run plan is printed without --verbose")
    print(f"ok   interpreted: test {first} plan, limits '{limits[:40]}...'; none without --verbose")


CASES = {"compiled": case_compiled, "interpreted": case_interpreted}

if __name__ == "__main__":
    sys.exit(run_case_from_command_line(__doc__.splitlines()[0], CASES))
