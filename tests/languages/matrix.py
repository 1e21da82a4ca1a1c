#!/usr/bin/env python3
"""The language matrix: every language judged end to end, inside the sandbox, by the real binary.

usage: matrix.py --judge PATH --source REPO_ROOT LANGUAGE_ID
       matrix.py --judge PATH --source REPO_ROOT --profile PROFILE LANGUAGE_ID
       matrix.py --judge PATH --source REPO_ROOT --list

For LANGUAGE_ID, tests/languages/programs/<id>/ holds seven small programs, each judged with
--time-limit 1s (5s for mle) --memory-limit 256m on one of the two problems in tests/languages/problems/:

  hello   prints "Hello World!"                      hello   AC
  aplusb  reads two integers, prints their sum       aplusb  AC
  tle     spins on the CPU forever                   aplusb  TLE
  mle     allocates and touches 1 GiB, keeping it    aplusb  MLE
  re      crashes (exception, signal, exit code)     aplusb  RE
  ce      does not compile / has a syntax error      hello   CE
  empty   does nothing: its peak memory is the       hello   WA (no output)
          runtime's baseline, which must fit in the language's memory_extra
  stdlib  (optional) A + B using the libraries the   aplusb  AC
          judges link beyond the core (OCaml: unix, str, bigarray)

A syntax error is CE in every language: the interpreted ones have a cheap check step as their
`compile` (python3 -c compile(), node --check, php -l, ruby -c, perl -c, luac -p, bash -n, ...).

With --profile (languages/profiles/<profile>/), the language is judged as that profile has it,
on the cases its lines decide, kept few: stdlib (programs/<id>/stdlib-<profile>.* where the
profile reaches libraries the default does not, else stdlib.*) or, without one, aplusb; and ce
when the profile's compile line differs from the default's.

A language whose toolchain is not installed prints "SKIP: <id>: not installed: apt-get install
<package>" and passes, except the languages of the default set (scripts/language-packages.sh),
which CI must never skip: for those a missing toolchain fails.

--list runs `judge languages` and checks that it names every language file and that every
language of the default set is installed.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIME_LIMIT = "1s"
# The mle program must meet the memory limit, not the time limit: touching 256 MiB takes about
# 1 s of CPU where first-touch page faults are slow (a VM whose memory the host backs lazily).
MLE_TIME_LIMIT = "5s"
MEMORY_LIMIT_MIB = 256
JUDGE_TIMEOUT_S = 300  # one judge run, compile included (Kotlin and Scala compile for 5-20 s)

# Runtimes that cap their heap at the problem's limit (-Xmx{memory_mb}m) stop a program that
# fills it with their own out-of-memory error (java.lang.OutOfMemoryError, exit code 1) before
# the sandbox's limit (problem limit + memory_extra) is reached; the language file names that
# message (out_of_memory), so the judge reports MLE all the same. Their mle program must still
# have used at least the whole problem limit.
HEAP_CAPPED = {"java", "kotlin", "scala", "clojure", "groovy"}

# (program, problem, expected verdict)
CASES = [
    ("hello", "hello", "AC"),
    ("aplusb", "aplusb", "AC"),
    ("tle", "aplusb", "TLE"),
    ("mle", "aplusb", "MLE"),
    ("re", "aplusb", "RE"),
    ("ce", "hello", "CE"),
    ("empty", "hello", "WA"),
]
# Optional, where programs/<id>/stdlib.* exists: A + B solved with the libraries the language
# links beyond its core, as Kattis and DOMjudge do (OCaml's unix, str and bigarray), so a
# missing library is a failing matrix, not a contestant's CE.
STDLIB_CASE = ("stdlib", "aplusb", "AC")
# Under --profile: the cases a different compile or run line can change, kept few so that the
# profile's matrix adds seconds, not minutes (the full matrix runs on the default profile).
PROFILE_CE_CASE = ("ce", "hello", "CE")

MIB = 1 << 20
# README: "`judge languages` lists 41 languages" (every Debian 12 toolchain the archives judge).
MIN_LANGUAGES = 40


class Failure(Exception):
    pass


def default_ids(source):
    """The default set, from the one place that defines it."""
    script = (source / "scripts/language-packages.sh").read_text()
    match = re.search(r'^default_ids="([^"]*)"', script, re.M)
    if not match:
        raise Failure("scripts/language-packages.sh has no default_ids=\"...\" line")
    return match.group(1).split()


def yaml_scalar(language_file, key):
    """One `key: value` line of a language file (enough for package and memory_extra)."""
    match = re.search(rf"^\s*{key}:\s*([^#\s][^#]*?)\s*(?:#.*)?$", language_file.read_text(), re.M)
    return match.group(1).strip('"') if match else None


def yaml_block(language_file, key):
    """The lines of a top-level key's value (its compile line), comments left out."""
    lines = [line for line in language_file.read_text().splitlines()
             if not line.lstrip().startswith("#")]
    block, inside = [], False
    for line in lines:
        if inside and line[:1] not in (" ", ""):
            break
        if line.startswith(f"{key}:"):
            inside = True
        if inside:
            block.append(line.strip().strip('"'))
    return block


def size_bytes(text):
    match = re.fullmatch(r"(\d+)([kmg]?)", (text or "0").lower())
    if not match:
        raise Failure(f"cannot read the size '{text}'")
    return int(match.group(1)) * {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[match.group(2)]


def program_for(programs_dir, stem, profile=None):
    if stem == STDLIB_CASE[0] and profile:
        own = sorted(p for p in programs_dir.iterdir() if p.stem == f"{stem}-{profile}")
        if own:
            return own[0]
    found = sorted(p for p in programs_dir.iterdir() if p.stem == stem)
    if len(found) != 1:
        raise Failure(f"expected exactly one {programs_dir}/{stem}.*, found {len(found)}")
    return found[0]


def judge_run(judge, env, language, program, problem_dir, profile=None):
    time_limit = MLE_TIME_LIMIT if program.stem == "mle" else TIME_LIMIT
    argv = [str(judge), "run", str(program), str(problem_dir), "--lang", language, "--json",
            "--time-limit", time_limit, "--memory-limit", f"{MEMORY_LIMIT_MIB}m",
            "--stop-on-first", "--no-color"] + (["--profile", profile] if profile else [])
    started = time.monotonic()
    result = subprocess.run(argv, capture_output=True, text=True, env=env,
                            timeout=JUDGE_TIMEOUT_S, stdin=subprocess.DEVNULL)
    return result, time.monotonic() - started


def not_installed(result):
    match = re.search(r"is not installed: (apt-get install .+)", result.stderr)
    return match.group(1).strip() if match else None


def check_case(language, case, result, document):
    """The verdict and the facts behind it; returns a short description of what was seen."""
    stem, _, expected = case
    verdict = document.get("verdict")
    compile_info = document.get("compile", {})
    tests = document.get("tests", [])
    first = tests[0] if tests else {}
    if document.get("language", {}).get("id") != language:
        raise Failure(f"judged as language {document.get('language')}, not {language}")
    if verdict != expected:
        detail = compile_info.get("message") or first.get("message") or result.stderr
        raise Failure(f"expected {expected}, got {verdict}: {detail.strip()[:800]}")
    expected_exit = 0 if expected == "AC" else 1
    if result.returncode != expected_exit:
        raise Failure(f"verdict {verdict} but exit code {result.returncode} "
                      f"(expected {expected_exit})")
    if expected == "CE":
        if compile_info.get("status") != "failed" or not compile_info.get("message"):
            raise Failure(f"CE without a compiler message: {compile_info}")
        return f"CE: {compile_info['message'].strip().splitlines()[0][:100]}"
    if compile_info.get("status") not in ("compiled", "not_needed", "cached"):
        raise Failure(f"compile status {compile_info.get('status')}: {compile_info}")
    peak = first.get("memory_bytes") or 0
    if stem == "mle" and peak < MEMORY_LIMIT_MIB * MIB:
        raise Failure(f"{verdict} with a peak of {peak / MIB:.1f} MiB: the program never "
                      f"reached the {MEMORY_LIMIT_MIB} MiB limit")
    return (f"{verdict} cpu {first.get('cpu_ms')} ms, peak {peak / MIB:.1f} MiB"
            + (f", {first['message']}" if first.get("message") else "")
            + f" (compile {compile_info.get('status')} {compile_info.get('time_ms')} ms)")


def run_language(judge, source, language, profile=None):
    language_file = source / "languages" / f"{language}.yaml"
    override = source / "languages/profiles" / (profile or "default") / f"{language}.yaml"
    compile_differs = False
    if override.is_file():
        compile_differs = yaml_block(override, "compile") != yaml_block(language_file, "compile")
        language_file = override
    programs_dir = source / "tests/languages/programs" / language
    problems_dir = source / "tests/languages/problems"
    required = language in default_ids(source)
    if not language_file.is_file():
        raise Failure(f"no language file {language_file}")
    if not programs_dir.is_dir():
        raise Failure(f"no matrix programs for {language}: add {programs_dir}/"
                      f"{{hello,aplusb,tle,mle,re,ce,empty}}.<ext>")
    memory_extra = size_bytes(yaml_scalar(language_file, "memory_extra"))

    with tempfile.TemporaryDirectory(prefix="judge-languages-") as scratch:
        env = dict(os.environ)
        # Every program compiles for real, and nothing lands in the user's compile cache.
        env["XDG_CACHE_HOME"] = scratch
        env.pop("NO_COLOR", None)
        passed = failed = 0
        started = time.monotonic()
        stdlib_stems = (STDLIB_CASE[0], f"{STDLIB_CASE[0]}-{profile}")
        has_stdlib = any(p.stem in stdlib_stems for p in programs_dir.iterdir())
        if profile:
            cases = [STDLIB_CASE if has_stdlib else CASES[1]]
            cases += [PROFILE_CE_CASE] if compile_differs else []
        else:
            cases = CASES + ([STDLIB_CASE] if has_stdlib else [])
        for case in cases:
            stem, problem, _ = case
            program = program_for(programs_dir, stem, profile)
            result, seconds = judge_run(judge, env, language, program, problems_dir / problem,
                                        profile)
            missing = not_installed(result)
            if missing:
                if required:
                    print(f"FAIL {language}: not installed: {missing.split()[-1]} is required: "
                          f"{language} is in the default set (scripts/language-packages.sh); "
                          f"run: {missing}")
                    return 1
                print(f"SKIP: {language}: not installed: {missing}")
                return 0
            try:
                try:
                    document = json.loads(result.stdout)
                except json.JSONDecodeError:
                    raise Failure(f"no JSON on stdout (exit {result.returncode}): "
                                  f"{result.stderr.strip()[:800]}")
                seen = check_case(language, case, result, document)
                if stem == "empty":
                    baseline = (document.get("tests") or [{}])[0].get("memory_bytes") or 0
                    allowance = max(memory_extra, 2 * MIB)
                    if baseline > allowance:
                        raise Failure(f"baseline {baseline / MIB:.1f} MiB exceeds memory_extra "
                                      f"{memory_extra / MIB:.0f} MiB: raise limits.memory_extra "
                                      f"in {language_file.name}")
                    seen += (f"; baseline {baseline / MIB:.1f} MiB fits memory_extra "
                             f"{memory_extra / MIB:.0f} MiB (at least 2 MiB: a native program's "
                             f"own stack and libc)")
                print(f"ok   {language} {program.name} ({seconds:.1f} s): {seen}")
                passed += 1
            except Failure as failure:
                print(f"FAIL {language} {stem} ({seconds:.1f} s): {failure}")
                failed += 1
        print(f"{language}: {time.monotonic() - started:.1f} s")
        print(f"{passed} passed, {failed} failed")
        return 1 if failed else 0


def documented_language_failures(source, ids):
    """man/judge.1 and README name the shipped languages and their count: both must be true."""
    failures = []
    man = (source / "man/judge.1").read_text()
    match = re.search(r"The (\d+) shipped languages \(\\fBjudge languages\\fR\): ([a-z0-9 +\n.-]+)\.",
                      man)
    if not match:
        return ["man/judge.1 has no 'The N shipped languages' paragraph"]
    listed = match.group(2).split()
    if int(match.group(1)) != len(ids) or sorted(listed) != ids:
        failures.append(f"man/judge.1 lists {match.group(1)} languages {listed}; "
                        f"languages/ has {len(ids)}: {ids}")
    readme = (source / "README.md").read_text()
    if f"`judge languages` lists {len(ids)} languages" not in readme:
        failures.append(f"README.md does not say `judge languages` lists {len(ids)} languages")
    for language in ids:
        if f"| `{language}` |" not in readme:
            failures.append(f"README.md's language table has no row for `{language}`")
    return failures


def run_list(judge, source):
    result = subprocess.run([str(judge), "languages"], capture_output=True, text=True,
                            timeout=JUDGE_TIMEOUT_S, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        print(f"FAIL judge languages exited {result.returncode}: {result.stderr.strip()}")
        return 1
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    ids = sorted(p.stem for p in (source / "languages").glob("*.yaml"))
    failures = []
    for language in ids:
        line = lines.get(language)
        if line is None:
            failures.append(f"{language}: not listed by judge languages")
        elif language in default_ids(source) and "not installed" in line:
            failures.append(f"{language}: in the default set but not installed"
                            f"{line.split('not installed', 1)[1]}")
    for language in default_ids(source):
        if language not in ids:
            failures.append(f"{language}: in default_ids but there is no languages/{language}.yaml")
    if len(ids) < MIN_LANGUAGES:
        failures.append(f"only {len(ids)} language files: the README promises {MIN_LANGUAGES} or more")
    failures += documented_language_failures(source, ids)
    installed = sum("not installed" not in lines.get(i, "not installed") for i in ids)
    print(result.stdout, end="")
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"{len(ids)} language files, {installed} installed")
    print(f"{len(ids) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judge", required=True, type=Path)
    parser.add_argument("--source", required=True, type=Path)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--profile", help="judge the language as this settings profile has it")
    parser.add_argument("language", nargs="?")
    args = parser.parse_args()
    if not args.judge.is_file():
        print(f"FAIL no judge binary at {args.judge} (build the judge target)")
        return 1
    try:
        if args.list:
            return run_list(args.judge, args.source)
        if not args.language:
            parser.error("a LANGUAGE_ID or --list is required")
        return run_language(args.judge, args.source, args.language, args.profile)
    except (Failure, subprocess.TimeoutExpired) as failure:
        print(f"FAIL {args.language or 'list'}: {failure}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
