"""What a new user meets first: --version, the --lang help, the JSON's judge and toolchain
versions, text columns with long test names, and shell completion installed by `cmake --install`.

usage: cli_surface.py --judge BUILD/judge --source REPO CASE
"""
import re
import shutil
import subprocess
import sys
from pathlib import Path

from judge_runner import TestFailure, run_case_from_command_line

VERSION_LINE = re.compile(r"^judge \d+\.\d+\.\d+( \(commit [0-9a-f]{7,40}(-dirty)?\))?$")


def language_ids(judge):
    return sorted(path.stem for path in (judge.source_dir / "languages").glob("*.yaml"))


def case_version(judge):
    """`judge --version` and `judge version` print the same line: version, and commit if known."""
    flag, command = judge.run("--version"), judge.run("version")
    for result in (flag, command):
        if result.returncode != 0 or not VERSION_LINE.match(result.stdout.strip()):
            result.fail(f"expected 'judge X.Y.Z (commit ...)', got {result.stdout!r}")
    if flag.stdout != command.stdout:
        flag.fail(f"--version and version differ: {flag.stdout!r} vs {command.stdout!r}")
    print(f"ok   version: {flag.stdout.strip()}")


def case_lang_help(judge):
    """`judge run --help` lists every language id that `judge languages` lists."""
    result = judge.run("run", "--help")
    help_text = " ".join(result.stdout.split())
    missing = [i for i in language_ids(judge) if not re.search(rf"[ :,]{re.escape(i)}(,|\s|$)",
                                                                  help_text)]
    if result.returncode != 0 or missing:
        result.fail(f"--lang help misses {missing}:\n{result.stdout}")
    print(f"ok   lang-help: all {len(language_ids(judge))} language ids in the help of --lang")


def case_json_metadata(judge):
    """--json names the judge (version, commit) and the toolchain's version line."""
    problem = judge.problems_dir / "hello"
    result, document = judge.run_json("run", problem / "submissions/accepted/hello.py", problem)
    version = judge.run("--version").stdout.split()[1]
    if document.get("judge", {}).get("version") != version:
        result.fail(f"judge.version is not {version}: {document.get('judge')}")
    # The toolchain's version line, as `judge languages` shows it: "python3  Python 3  Python 3.11.2".
    listed = judge.run("languages").stdout.splitlines()
    line = next((l for l in listed if l.split()[:1] == ["python3"]), "")
    version_line = document["language"].get("version")
    if not version_line or not line.rstrip().endswith(version_line):
        result.fail(f"language.version {version_line!r} is not the one listed: {line!r}")
    print(f"ok   json-metadata: judge {version}, {document['language']['version']}")


def case_long_names(judge):
    """Columns stay aligned when a test name is longer than the default name column."""
    problem = judge.problems_dir / "aplusb"
    result = judge.run("run", problem / "submissions/accepted/aplusb.py", problem)
    lines = [line for line in result.stdout.splitlines() if line.startswith("  ")]
    columns = {line.index(" cpu ") for line in lines if " cpu " in line}
    if result.returncode != 0 or len(lines) < 2 or len(columns) != 1:
        result.fail(f"the cpu column is not at one position ({sorted(columns)}):\n{result.stdout}")
    longest = max(len(line.split()[0]) for line in lines)
    if longest <= 20:
        result.fail("no test name longer than the default column: the case proves nothing")
    print(f"ok   long-names: {len(lines)} lines, names up to {longest} characters, one column")


def install(judge):
    build_dir = Path(judge.binary).parent
    prefix = judge.fresh_dir("prefix")
    completed = subprocess.run(["cmake", "--install", str(build_dir), "--prefix", str(prefix)],
                               capture_output=True, text=True)
    if completed.returncode != 0:
        raise TestFailure(f"cmake --install failed: {completed.stderr}")
    return prefix


def case_completion(judge):
    """bash and zsh completion are installed, load, and complete subcommands and language ids."""
    prefix = install(judge)
    bash_file = prefix / "share/bash-completion/completions/judge"
    zsh_file = prefix / "share/zsh/site-functions/_judge"
    for path in (bash_file, zsh_file):
        if not path.is_file():
            raise TestFailure(f"cmake --install did not install {path.relative_to(prefix)}")
    env_path = f"{prefix / 'bin'}:/usr/local/bin:/usr/bin:/bin"
    script = (f"source {bash_file}; complete -p judge; "
              "COMP_WORDS=(judge ''); COMP_CWORD=1; _judge; echo \"top: ${COMPREPLY[*]}\"; "
              "COMP_WORDS=(judge run --lang pyt); COMP_CWORD=3; _judge; "
              "echo \"lang: ${COMPREPLY[*]}\"")
    bash = subprocess.run(["bash", "-c", script], capture_output=True, text=True,
                          env={"PATH": env_path, "JUDGE_DATA_DIR": str(prefix / "share/judge")})
    out = bash.stdout
    if (bash.returncode != 0 or "complete -o filenames -F _judge judge" not in out
            or "run languages doctor version" not in out or "lang: python3" not in out):
        raise TestFailure(f"bash completion: exit {bash.returncode}\n{out}{bash.stderr}")
    if shutil.which("zsh") is None:
        raise TestFailure("zsh is missing (scripts/setup.sh installs it)")
    zsh = subprocess.run(["zsh", "-f", "-c", f"fpath=({zsh_file.parent} $fpath); "
                          "autoload -U compinit; compinit -u -D; "
                          "print -r -- ${_comps[judge]}"],
                         capture_output=True, text=True, env={"PATH": env_path, "HOME": "/"})
    if zsh.returncode != 0 or zsh.stdout.strip() != "_judge":
        raise TestFailure(f"zsh does not load _judge for judge: exit {zsh.returncode}, "
                          f"{zsh.stdout!r} {zsh.stderr!r}")
    print("ok   completion: bash `complete -p` and completions, zsh compinit loads _judge")


CASES = {
    "version": case_version,
    "lang-help": case_lang_help,
    "json-metadata": case_json_metadata,
    "long-names": case_long_names,
    "completion": case_completion,
}


if __name__ == "__main__":
    sys.exit(run_case_from_command_line(__doc__.splitlines()[0], CASES))
