"""`judge grade` and `judge merge` as a course would use them: files, folders and manifests of
submissions; resuming after SIGKILL; shards merged back into the unsharded result.

usage: grade.py --judge BUILD/judge --source REPO CASE
"""
import argparse
import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from judge_runner import Judge, TestFailure, processes_with

HELLO = "hello"
HEADER_KEY = "judge_grade_header"

# id -> (how to make it, expected verdict). Python and one C file: fast, the C one compiled once
# into the shared compile cache.
CLASS = {
    "alice.py": ("accepted/hello.py", "AC"),
    "bob.py": ("wrong_answer/comma.py", "WA"),
    "carol.c": ("accepted/hello.c", "AC"),
    "dave.py": ("run_time_error/exception.py", "RE"),
    "erin": ("folder", "AC"),             # a multi-file submission: main.py + helper.py
    "frank.py": ("syntax", "CE"),          # a syntax error
    "gina.xyz": ("unknown", "CE"),         # no language has this extension
    "mallory.py": ("symlink", "CE"),       # a link to a file of the host: never followed
}


def make_class(judge, folder):
    """The folder of submissions above, built from problems/hello/submissions."""
    submissions = judge.problems_dir / HELLO / "submissions"
    folder.mkdir()
    for name, (how, _) in CLASS.items():
        target = folder / name
        if how == "folder":
            target.mkdir()
            (target / "helper.py").write_text("GREETING = 'Hello World!'\n")
            (target / "main.py").write_text("from helper import GREETING\nprint(GREETING)\n")
        elif how == "syntax":
            target.write_text("print('Hello World!'\n")
        elif how == "unknown":
            target.write_text("print('Hello World!')\n")
        elif how == "symlink":
            target.symlink_to("/etc/passwd")
        else:
            target.write_bytes((submissions / how).read_bytes())
    (folder / ".hidden.py").write_text("print('not a submission')\n")
    return folder


def read_results(path):
    """(header, [records]) of a results file; fails on anything but whole JSON lines."""
    text = Path(path).read_text()
    if not text.endswith("\n"):
        raise TestFailure(f"{path} does not end with a newline:\n{text[-300:]}")
    lines = [json.loads(line) for line in text.splitlines()]
    if not lines or HEADER_KEY not in lines[0]:
        raise TestFailure(f"{path}: the first line is not a header: {text[:300]}")
    return lines[0][HEADER_KEY], lines[1:]


def verdicts(records):
    return {record["id"]: record["verdict"] for record in records}


def expect_verdicts(records, expected, what):
    ids = [record["id"] for record in records]
    if len(ids) != len(set(ids)):
        raise TestFailure(f"{what}: duplicated records: {sorted(ids)}")
    if ids != sorted(ids):
        raise TestFailure(f"{what}: records not in id order: {ids}")
    if verdicts(records) != expected:
        raise TestFailure(f"{what}: verdicts {verdicts(records)}, expected {expected}")


def expected_class():
    return {name: verdict for name, (_, verdict) in CLASS.items()}


def grade(judge, *args, expect=0):
    result = judge.run("grade", judge.problems_dir / HELLO, *args)
    if result.returncode != expect:
        result.fail(f"expected exit code {expect}")
    return result


def case_inputs(judge):
    """Files, a folder, CSV and JSON manifests; broken submissions are CE records."""
    work = judge.fresh_dir("inputs")
    folder = make_class(judge, work / "class")
    out = work / "folder.jsonl"
    result = grade(judge, folder, "-o", out, "-j", "2")
    header, records = read_results(out)
    expect_verdicts(records, expected_class(), "a folder of submissions")
    if header["submissions"] != len(CLASS) or header["shard"] != {"index": 1, "count": 1}:
        result.fail(f"unexpected header {header}")
    for record in records:
        # The record is the `judge run --json` document with the grade keys first.
        keys = list(record)
        if keys[:4] != ["id", "source", "submission_sha256", "record_key"] or \
                record.get("schema_version") != 1 or "tests" not in record:
            result.fail(f"record of {record['id']} is not in the documented shape: {keys}")
    mallory = next(r for r in records if r["id"] == "mallory.py")
    if "symbolic link" not in mallory["compile"]["message"]:
        result.fail(f"the link's CE does not say why: {mallory['compile']}")
    if "alice.py" not in result.stdout or "verdict" not in result.stdout:
        result.fail("no summary table on stdout")

    # Files on the command line: the id is the file's name; without -o, ./grade.jsonl.
    process = start_grade(judge, [folder / "alice.py", folder / "bob.py"],
                          judge.fresh_dir("files"), cwd=work)
    if process.wait(timeout=120) != 0:
        raise TestFailure(f"grade of two files exited {process.returncode}")
    expect_verdicts(read_results(work / "grade.jsonl")[1], {"alice.py": "AC", "bob.py": "WA"},
                    "files, written to the default grade.jsonl")

    # CSV: paths relative to the manifest, a quoted id, a language column, a missing file.
    manifest = work / "class.csv"
    with open(manifest, "w", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["id", "path", "language"])
        writer.writerow(["o'neil, jr", "class/alice.py", ""])
        writer.writerow(["text", "class/gina.xyz", "python3"])  # the language column decides
        writer.writerow(["ghost", "class/nobody.py", ""])
        writer.writerow(["team", "class/erin", ""])
    out = work / "csv.jsonl"
    grade(judge, manifest, "-o", out)
    expect_verdicts(read_results(out)[1],
                    {"o'neil, jr": "AC", "text": "AC", "ghost": "CE", "team": "AC"}, "CSV")

    manifest = work / "class.json"
    manifest.write_text(json.dumps([{"id": "a", "path": "class/alice.py"},
                                    {"id": "b", "path": str(folder / "bob.py"),
                                     "language": "python3"}]))
    out = work / "json.jsonl"
    grade(judge, manifest, "-o", out)
    expect_verdicts(read_results(out)[1], {"a": "AC", "b": "WA"}, "JSON manifest")
    print(f"ok   inputs: folder ({len(CLASS)}), files, CSV and JSON manifests")


def case_bad_input(judge):
    """Bad input is exit 2 naming the file or option; nothing is written over."""
    work = judge.fresh_dir("bad")
    folder = make_class(judge, work / "class")
    precious = work / "notes.txt"
    precious.write_text("my notes\n")
    checks = [
        ((folder, "-o", precious), "not a results file"),
        ((folder, folder / "alice.py", "-o", work / "x.jsonl"), "alice.py"),
        ((folder, "--shard", "0/3", "-o", work / "x.jsonl"), "1-based"),
        ((folder, "--lang", "klingon", "-o", work / "x.jsonl"), "--lang"),
    ]
    bad_csv = work / "bad.csv"
    bad_csv.write_text("name,file\nalice,class/alice.py\n")
    checks.append(((bad_csv, "-o", work / "x.jsonl"), "bad.csv:1"))
    bad_json = work / "bad.json"
    bad_json.write_text('[{"id": "a"}]')
    checks.append(((bad_json, "-o", work / "x.jsonl"), "path"))
    for args, needle in checks:
        result = grade(judge, *args, expect=2)
        if needle not in result.stderr:
            result.fail(f"the error does not mention {needle!r}")
    if precious.read_text() != "my notes\n":
        raise TestFailure("-o overwrote a file that is not a results file")
    missing = judge.run("grade", work / "no-such-problem", folder, "-o", work / "y.jsonl")
    if missing.returncode != 2:
        missing.fail("expected exit 2 for a missing problem")
    print(f"ok   bad-input: {len(checks) + 1} refusals, exit 2")


def start_grade(judge, args, tmpdir, cwd=None):
    env = dict(os.environ, TMPDIR=str(tmpdir), XDG_CACHE_HOME=str(judge.scratch / "cache"),
               NO_COLOR="1")
    return subprocess.Popen([judge.binary, "grade", str(judge.problems_dir / HELLO),
                             *map(str, args)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, cwd=cwd)


def physical_cores():
    """Physical cores among the CPUs this process may use (SMT siblings count once)."""
    cores = set()
    for cpu in os.sched_getaffinity(0):
        siblings = Path(f"/sys/devices/system/cpu/cpu{cpu}/topology/thread_siblings_list")
        cores.add(siblings.read_text().strip() if siblings.exists() else str(cpu))
    return len(cores)


def record_lines(path):
    try:
        return [line for line in Path(path).read_text().split("\n")[1:] if line]
    except FileNotFoundError:
        return []


def kill_after(judge, args, out, records, tmpdir):
    """Starts grade, SIGKILLs it once `out` holds `records` records (or it ends)."""
    process = start_grade(judge, args, tmpdir)
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if Path(out).exists() and len(record_lines(out)) >= records:
            break
        time.sleep(0.01)
    before = record_lines(out)
    process.send_signal(signal.SIGKILL)
    process.wait()
    return before


def case_resume(judge):
    """SIGKILL at several points, then the same command: every record once, none lost."""
    work = judge.fresh_dir("resume")
    folder = make_class(judge, work / "class")
    expected = expected_class()

    for records in (0, 2, 5):
        out = work / f"killed-{records}.jsonl"
        tmpdir = judge.fresh_dir(f"kill-{records}")
        before = kill_after(judge, [folder, "-o", out, "-j", "2"], out, records, tmpdir)
        # The judges of the killed grade get SIGTERM (parent death) and clean up.
        deadline = time.monotonic() + 20
        while processes_with(str(tmpdir)) and time.monotonic() < deadline:
            time.sleep(0.05)
        if processes_with(str(tmpdir)):
            raise TestFailure(f"judge processes outlived the killed grade: "
                              f"{processes_with(str(tmpdir))}")
        result = grade(judge, folder, "-o", out, "-j", "2")
        _, resumed = read_results(out)
        expect_verdicts(resumed, expected, f"resumed after SIGKILL at {records} records")
        lines = set(record_lines(out))
        lost = [line[:80] for line in before if line.endswith("}") and line not in lines]
        if lost:
            result.fail(f"records written before the kill were regraded or lost: {lost}")

    # A torn last line (a crash inside a write) is dropped; nothing else is regraded.
    out = work / "killed-5.jsonl"
    kept = Path(out).read_text()
    with open(out, "a") as stream:
        stream.write('{"id": "zz-torn", "record_key": "')
    result = grade(judge, folder, "-o", out)
    if "torn" not in result.stderr or Path(out).read_text() != kept:
        result.fail("a torn last line was not dropped, or finished records changed")

    # A changed submission is graded again; the others are kept as they were.
    (folder / "bob.py").write_bytes((folder / "alice.py").read_bytes())
    result = grade(judge, folder, "-o", out)
    _, records_after = read_results(out)
    expected["bob.py"] = "AC"
    expect_verdicts(records_after, expected, "after bob.py changed")
    unchanged = [line for line in kept.splitlines()[1:] if '"id":"bob.py"' not in line]
    if not set(unchanged) <= set(record_lines(out)):
        result.fail("records of unchanged submissions were regraded")
    print("ok   resume: SIGKILL after 0, 2 and 5 records, a torn line, a changed submission")


def case_shard_merge(judge):
    """--shard I/N for I = 1..3, merged, equals one unsharded run; merge refuses gaps."""
    work = judge.fresh_dir("shards")
    folder = make_class(judge, work / "class")
    whole = work / "whole.jsonl"
    grade(judge, folder, "-o", whole, "-j", "2")
    shards = []
    for index in (1, 2, 3):
        shards.append(work / f"shard{index}.jsonl")
        grade(judge, folder, "--shard", f"{index}/3", "-o", shards[-1], "-j", "2")
        header, records = read_results(shards[-1])
        if header["shard"] != {"index": index, "count": 3}:
            raise TestFailure(f"shard {index}: header {header}")
    # The documented rule: sorted by id, position p goes to shard (p mod 3) + 1.
    ids = sorted(CLASS)
    for index, path in enumerate(shards, start=1):
        got = [record["id"] for record in read_results(path)[1]]
        if got != ids[index - 1::3]:
            raise TestFailure(f"shard {index}/3 holds {got}, expected {ids[index - 1::3]}")

    merged = work / "merged.jsonl"
    result = judge.run("merge", merged, *reversed(shards))
    if result.returncode != 0:
        result.fail("merge of three complete shards failed")
    whole_header, whole_records = read_results(whole)
    merged_header, merged_records = read_results(merged)
    if merged_header != whole_header:
        result.fail(f"merged header {merged_header} differs from {whole_header}")
    strip = lambda rs: [(r["id"], r["record_key"], r["verdict"]) for r in rs]  # noqa: E731
    if strip(merged_records) != strip(whole_records):
        result.fail(f"merged {strip(merged_records)} != unsharded {strip(whole_records)}")

    refusals = [
        ((shards[0], shards[1]), "missing shard 3/3"),
        ((shards[0], shards[1], shards[2], shards[1]), "given twice"),
        ((shards[0], shards[1], work / "shard9.jsonl"), "shard is missing"),
        ((shards[0], shards[1], shards[2], whole), "not of the same run"),
    ]
    unfinished = work / "unfinished.jsonl"
    unfinished.write_text("".join(shards[2].read_text().splitlines(True)[:-1]))
    refusals.append(((shards[0], shards[1], unfinished), "unfinished"))
    for files, needle in refusals:
        result = judge.run("merge", work / "refused.jsonl", *files)
        if result.returncode != 1 or needle not in result.stderr:
            result.fail(f"expected exit 1 naming {needle!r}")
        if (work / "refused.jsonl").exists():
            result.fail("a refused merge wrote its output")
    print(f"ok   shard-merge: 3 shards merged = unsharded; {len(refusals)} refusals")


def wait_for_process(marker, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = processes_with(marker)
        if found:
            return found
        time.sleep(0.02)
    raise TestFailure(f"no process with {marker!r} in its command line started")


def case_failures(judge):
    """Ctrl-C keeps finished records (exit 130); a judge killed on one submission is that
    record's IE (exit 3); a package the judge refuses stops the grade (exit 2)."""
    work = judge.fresh_dir("failures")
    folder = work / "class"
    folder.mkdir()
    (folder / "a_fast.py").write_text("print('Hello World!')\n")
    (folder / "b_spin.py").write_text("while True:\n    pass\n")
    args = [folder, "-o", work / "r.jsonl", "--time-limit", "20s"]

    # SIGINT while b_spin.py runs: exit 130, a_fast.py's record kept, no judge left behind.
    tmpdir = judge.fresh_dir("interrupted")
    process = start_grade(judge, [*args, "-j", "1"], tmpdir)
    wait_for_process(str(folder / "b_spin.py"))
    process.send_signal(signal.SIGINT)
    if process.wait(timeout=30) != 130:
        raise TestFailure(f"grade interrupted by SIGINT exited {process.returncode}, not 130")
    if [json.loads(line)["id"] for line in record_lines(work / "r.jsonl")] != ["a_fast.py"]:
        raise TestFailure(f"records after SIGINT: {record_lines(work / 'r.jsonl')}")
    if processes_with(str(folder / "b_spin.py")):
        raise TestFailure("the judge of b_spin.py outlived the interrupted grade")

    # The judge of b_spin.py killed by a signal: IE for it, exit 3, a_fast.py not regraded.
    # With -j 2 on two cores or more, that judge is pinned to one CPU of its own.
    process = start_grade(judge, [*args, "-j", "2"], judge.fresh_dir("ie"))
    for pid in wait_for_process(str(folder / "b_spin.py")):
        if Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[1:2] != [b"run"]:
            continue
        allowed = os.sched_getaffinity(pid)
        os.kill(pid, signal.SIGKILL)
        if physical_cores() >= 2 and len(allowed) != 1:
            raise TestFailure(f"the judge of b_spin.py may run on CPUs {allowed}, not one")
    if process.wait(timeout=60) != 3:
        raise TestFailure(f"grade with a killed judge exited {process.returncode}, not 3")
    found = verdicts(read_results(work / "r.jsonl")[1])
    if found != {"a_fast.py": "AC", "b_spin.py": "IE"}:
        raise TestFailure(f"expected b_spin.py IE and a_fast.py kept AC, got {found}")

    # A validator that does not compile is the package's fault: exit 2 naming it, not CE.
    package = work / "broken"
    shutil.copytree(judge.problems_dir / HELLO / "data", package / "data")
    (package / "problem.yaml").write_text("problem_format_version: 2025-09\nname: Broken\n")
    (package / "output_validator").mkdir()
    (package / "output_validator" / "check.py").write_text("def (\n")
    # Given relative: the judge names the validator by its absolute path.
    result = judge.run("grade", os.path.relpath(package), folder / "a_fast.py",
                       "-o", work / "p.jsonl")
    if result.returncode != 2 or "output_validator" not in result.stderr:
        result.fail("expected exit 2 naming the validator that does not compile")
    print("ok   failures: SIGINT 130 with records kept, killed judge IE exit 3, package exit 2")


CASES = {
    "inputs": case_inputs,
    "bad-input": case_bad_input,
    "resume": case_resume,
    "shard-merge": case_shard_merge,
    "failures": case_failures,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judge", required=True, type=Path)
    parser.add_argument("--source", required=True, type=Path)
    parser.add_argument("case", choices=sorted(CASES))
    options = parser.parse_args()
    judge = Judge(options.judge.resolve(), options.source.resolve())
    started = time.monotonic()
    try:
        CASES[options.case](judge)
    except TestFailure as failure:
        print(f"FAIL {failure}")
        return 1
    finally:
        judge.close()
    print(f"     ({time.monotonic() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
