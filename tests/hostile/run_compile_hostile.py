#!/usr/bin/python3
"""The compile-time group of the hostile suite: programs whose compile step runs their own code
(Perl BEGIN, Prolog directives, Nim staticExec, Template Haskell, Lisp eval-when) or whose file
names look like compiler options, judged with the real `judge` binary.

usage: run_compile_hostile.py --judge PATH [--case NAME]...

Each attack leaves something in the compile's /box (links to the answer file, to /etc/shadow, to
/proc/self/cwd; a symlink loop; a FIFO; a huge tree; GBs of data) or smuggles an option in. Every
case asserts the verdict (or exit 2), that nothing of the host (answer, shadow, the judge's cwd,
the judge's environment) reached the report, that the host is unchanged (the problem's files,
free disk space sampled during the run, the compile cache within its bound and holding no failed
compile) and that nothing is left (temp files, processes, run cgroups). A case whose toolchain is
missing fails: setup installs them (scripts/language-packages.sh default_ids).
"""
import argparse
import hashlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from typing import Optional, Tuple

sys.dont_write_bytecode = True
from host_traces import processes_with_argument, run_cgroups_of, wait_until_gone

HERE = os.path.dirname(os.path.abspath(__file__))
CASES_DIR = os.path.join(HERE, "compile_cases")
PROBLEM = os.path.join(HERE, "problem")
ANSWER = os.path.join(PROBLEM, "data", "secret", "1.ans")
LIMITS = ["--time-limit", "1s", "--memory-limit", "128m", "--wall-time-limit", "3s"]
JUDGE_TIMEOUT_S = 180  # a Template Haskell compile takes ~10 s; reaching this means a hang
CACHE_BOUND = "32m"
DISK_DROP_LIMIT = 1 << 30  # free space on the judge's TMPDIR may not drop by a GiB meanwhile
TOOLS = {"perl": "/usr/bin/perl", "prolog": "/usr/bin/swipl", "nim": "/usr/bin/nim",
         "haskell": "/usr/bin/ghc", "commonlisp": "/usr/bin/sbcl", "c": "/usr/bin/gcc"}


@dataclass(frozen=True)
class Case:
    source: str  # in compile_cases/: a file, or a directory (a multi-file solution)
    lang: str
    verdicts: Tuple[str, ...]  # allowed verdicts; AC never
    message: Optional[str] = None  # substring of the compile message, for CE
    got: Optional[str] = None  # for WA: the program's own report that it was contained
    refused_ok: bool = False  # exit 2 (the input refused) is also a pass


CASES = [
    Case("perl_begin_links.pl", "perl", ("CE",), message="which is a symbolic link"),
    Case("perl_begin_fifo.pl", "perl", ("CE",), message="which is a FIFO"),
    Case("perl_begin_fill.pl", "perl", ("CE",)),
    # The compile sees no host path in its mountinfo (nor does the run: cases/mountinfo.c).
    Case("perl_begin_mountinfo.pl", "perl", ("WA",), got="contained"),
    Case("prolog_directive.pro", "prolog", ("CE",), message="which is a symbolic link"),
    Case("nim_staticexec.nim", "nim", ("CE",), message="which is a symbolic link"),
    Case("haskell_th.hs", "haskell", ("CE",), message="which is a symbolic link"),
    Case("lisp_eval_when.lisp", "commonlisp", ("CE",), message="more than 4096"),
    # A solution directory with a file named -Dcontained=PWNED...c: a file, never an option.
    Case("c_option_names", "c", ("WA",), got="contained", refused_ok=True),
]


def tree_digest(path):
    digest = hashlib.sha256()
    for root, dirs, files in sorted(os.walk(path)):
        dirs.sort()
        for name in sorted(files):
            full = os.path.join(root, name)
            digest.update(full.encode())
            with open(full, "rb") as f:
                digest.update(f.read())
    return digest.hexdigest()


def tree_bytes(path):
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            full = os.path.join(root, name)
            if not os.path.islink(full):
                total += os.lstat(full).st_size
    return total


def cache_entries(cache_home):
    root = os.path.join(cache_home, "judge", "compile")
    return [n for n in os.listdir(root) if not n.startswith(".")] if os.path.isdir(root) else []


def stage_source(case, scratch):
    """The attack with @ANSWER@ replaced by the answer file's host path."""
    source = os.path.join(CASES_DIR, case.source)
    target = os.path.join(scratch, "src", case.source)
    if os.path.isdir(source):
        shutil.copytree(source, target)
        return target
    os.makedirs(os.path.dirname(target))
    with open(source) as f:
        text = f.read().replace("@ANSWER@", ANSWER)
    with open(target, "w") as f:
        f.write(text)
    return target


def leaks(text, answer_token, shadow_lines, cwd, env_secret):
    found = []
    if answer_token is not None and answer_token in text:
        found.append("the answer file's content")
    if any(line and line in text for line in shadow_lines):
        found.append("a line of /etc/shadow")
    if cwd in text:
        found.append("the judge's working directory")
    if env_secret in text:
        found.append("the judge's environment")
    if "PWNED" in text:
        found.append("the attack's PWNED marker")
    return found


def run_case(judge, case, answer_token, shadow_lines):
    failures = []
    scratch = tempfile.mkdtemp(prefix=f"judge-hostile-compile-{case.lang}-")
    os.chmod(scratch, 0o755)
    tmpdir, cwd, cache = (os.path.join(scratch, n) for n in ("tmp", "cwd", "cache"))
    for path in (tmpdir, cwd, cache):
        os.mkdir(path)
    problem_before = tree_digest(PROBLEM)
    source = stage_source(case, scratch)
    secret = "hx-judge-secret-" + secrets.token_hex(8)
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": cwd, "TMPDIR": tmpdir,
           "XDG_CACHE_HOME": cache, "NO_COLOR": "1", "LANG": "C.UTF-8",
           "HX_JUDGE_SECRET": secret, "JUDGE_CACHE_SIZE": CACHE_BOUND}
    junit = os.path.join(cwd, "junit.xml")
    argv = [judge, "run", source, PROBLEM, "--lang", case.lang, "--json", "--verbose",
            "--junit", junit, *LIMITS]
    started = time.monotonic()
    disk = os.statvfs(tmpdir)
    free_before = min_free = disk.f_bavail * disk.f_frsize
    process = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = process.communicate(timeout=0.05)
    except subprocess.TimeoutExpired:
        out = err = None
    while out is None:
        disk = os.statvfs(tmpdir)
        min_free = min(min_free, disk.f_bavail * disk.f_frsize)
        if time.monotonic() - started > JUDGE_TIMEOUT_S:
            process.kill()
            failures.append(f"the judge did not finish within {JUDGE_TIMEOUT_S} s (killed)")
        try:
            out, err = process.communicate(timeout=0.05)
        except subprocess.TimeoutExpired:
            pass
    elapsed = time.monotonic() - started
    stdout, stderr = out.decode(errors="replace"), err.decode(errors="replace")
    junit_text = open(junit, errors="replace").read() if os.path.exists(junit) else ""

    verdict = "?"
    compile_message, got_texts = "", []
    if process.returncode == 2 and case.refused_ok:
        verdict = "refused"
        if "-D" not in stderr:
            failures.append(f"exit 2 without naming the file: {stderr.strip()[:200]!r}")
    elif process.returncode != 1:
        failures.append(f"judge exit code {process.returncode}, expected 1; stderr: "
                        f"{stderr.strip()[-300:]!r}")
    if verdict != "refused":
        try:
            document = json.loads(stdout)
            verdict = document["verdict"]
            compile_message = (document.get("compile") or {}).get("message") or ""
            tests = document.get("tests") or []
            got_texts = [str((t.get("difference") or {}).get("got") or "") for t in tests]
        except (ValueError, KeyError, TypeError) as error:
            failures.append(f"--json output is not a judge report ({error}): {stdout[:200]!r}")
            compile_message, tests = "", []
        if verdict == "AC" or verdict not in case.verdicts:
            failures.append(f"verdict {verdict}, expected {' or '.join(case.verdicts)}; "
                            f"compile: {compile_message[:300]!r}")
        if case.message and case.message not in compile_message:
            failures.append(f"compile message {compile_message[:300]!r} lacks {case.message!r}")
        if case.got and tests:
            got = (tests[0].get("difference") or {}).get("got")
            if got != case.got:
                failures.append(f"the program printed {got!r}, expected {case.got!r}")
    # The report may quote the expected answer (--verbose); what the program printed and the
    # compiler's message may not.
    for label, text in (("JSON", stdout), ("judge stderr", stderr), ("JUnit XML", junit_text)):
        if verdict == "refused" and label == "judge stderr":
            # The refusal names the file, marker and all.
            text = text.replace("-Dcontained=PWNED_c_option_names.c", "")
        for leak in leaks(text, None, shadow_lines, cwd, secret):
            failures.append(f"{leak} leaked into the {label}")
    for label, text in (("compile message", compile_message),
                        ("program's output", "\n".join(got_texts))):
        if answer_token is not None and answer_token in text:
            failures.append(f"the answer file's content leaked into the {label}")

    if tree_digest(PROBLEM) != problem_before:
        failures.append("the problem's files changed")
    if free_before - min_free > DISK_DROP_LIMIT:
        failures.append(f"free disk space dropped by {(free_before - min_free) >> 20} MiB "
                        f"during the run")
    entries = cache_entries(cache)
    if verdict in ("CE", "refused") and entries:
        failures.append(f"a failed compile was cached: {entries}")
    if tree_bytes(cache) > 32 << 20:
        failures.append(f"the compile cache holds {tree_bytes(cache) >> 20} MiB > {CACHE_BOUND}")
    if os.listdir(tmpdir):
        failures.append(f"the judge left files in its TMPDIR: {os.listdir(tmpdir)[:5]}")
    left = wait_until_gone(lambda: processes_with_argument(source))
    if left:
        failures.append(f"the judge's zygote or a run init outlived it: {left[:3]}")
    cgroups = wait_until_gone(lambda: run_cgroups_of(process.pid))
    if cgroups:
        failures.append(f"run cgroups left behind: {cgroups[:3]}")
    shutil.rmtree(scratch, ignore_errors=True)
    return verdict, elapsed, failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--judge", required=True)
    parser.add_argument("--case", action="append", default=[])
    args = parser.parse_args()
    with open(ANSWER) as f:
        answer_token = f.read().strip()
    try:
        with open("/etc/shadow") as f:
            shadow_lines = [line.strip() for line in f if len(line.strip()) > 8]
    except OSError:
        shadow_lines = []
    chosen = [c for c in CASES if not args.case or c.source in args.case]
    failed = []
    started = time.monotonic()
    for case in chosen:
        if not os.access(TOOLS[case.lang], os.X_OK):
            print(f"{case.source:26} FAIL: {TOOLS[case.lang]} is missing "
                  f"(bash scripts/setup.sh installs it)", flush=True)
            failed.append(case.source)
            continue
        verdict, elapsed, failures = run_case(os.path.abspath(args.judge), case, answer_token,
                                              shadow_lines)
        status = "FAIL" if failures else "PASS"
        print(f"{case.source:26} {verdict:7} {elapsed:5.1f}s  {status}", flush=True)
        for failure in failures:
            print(f"    - {failure}", flush=True)
        if failures:
            failed.append(case.source)
    print(f"{len(failed)} failed ({time.monotonic() - started:.0f} s)"
          + (": " + ", ".join(failed) if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
