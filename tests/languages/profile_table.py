#!/usr/bin/env python3
"""README.md's table of DOMjudge's compile lines against languages/profiles/domjudge/.

usage: profile_table.py --source REPO_ROOT

Each row of the table "DOMjudge's compile lines (`--profile domjudge`)" gives DOMjudge's line,
ours and the differences that remain. Checked, so that the table and the YAML cannot drift:

- every `...` line in the third column (split as a shell would) is the compile or the run line
  of the language as the profile has it (languages/profiles/domjudge/<id>.yaml, else
  languages/<id>.yaml), with argv[0] shortened to its file name and /box/{binary} to {binary};
- every flag of one side's lines that the other side's lines lack is named in the last column;
- every language file of the profile has a row, and every row's language exists;
- man/judge.1's --profile domjudge paragraph names exactly the languages the profile overrides.
"""
import argparse
import re
import shlex
import sys
from pathlib import Path

import yaml

PROFILE = "domjudge"
HEADING = "### DOMjudge's compile lines (`--profile domjudge`)"
# Arguments that only name the files (theirs as shell variables, ours as placeholders).
FILE_ARGUMENT = re.compile(r'\$DEST|\$@|\$MAINSOURCE|\$i\b|\$COMPILESCRIPTDIR|\{binary\}|'
                           r'\{sources?\}|\{main\}|\$MAINCLASS')


def table_rows(readme):
    text = readme.read_text()
    start = text.find(HEADING)
    if start < 0:
        raise SystemExit(f"FAIL {readme}: no section '{HEADING}'")
    rows = []
    for line in text[start:].splitlines()[1:]:
        if line.startswith("#"):
            break
        if line.startswith("| `"):
            cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
            if len(cells) != 4:
                raise SystemExit(f"FAIL README.md row with {len(cells)} cells, not 4: {line}")
            rows.append(cells)
    return rows


def spans(cell):
    return re.findall(r"`([^`]+)`", cell)


def commands(cell):
    """The backticked command lines of a cell (a span with a space in it)."""
    return [span for span in spans(cell) if " " in span]


def language_lines(source, language):
    override = source / "languages/profiles" / PROFILE / f"{language}.yaml"
    path = override if override.is_file() else source / "languages" / f"{language}.yaml"
    document = yaml.safe_load(path.read_text())
    lines = []
    for key in ("compile", "run"):
        argv = document.get(key)
        if argv:
            argv = [Path(argv[0]).name] + [a.replace("/box/{binary}", "{binary}") for a in argv[1:]]
            lines.append(argv)
    return path, lines


def flags(lines):
    return {token for line in lines for token in line
            if token.startswith("-") and not FILE_ARGUMENT.search(token)}


def named(token, differences):
    return any(token in span or (span.startswith("-") and token.startswith(span))
               for span in spans(differences))


def check_row(source, cells):
    failures = []
    language = spans(cells[0])[0]
    if not (source / "languages" / f"{language}.yaml").is_file():
        return [f"{language}: no languages/{language}.yaml"]
    path, ours = language_lines(source, language)
    claimed = [shlex.split(line) for line in commands(cells[2])]
    if not claimed:
        failures.append(f"{language}: the third column gives no `command line`")
    for line in claimed:
        if line not in ours:
            failures.append(f"{language}: the table says `{' '.join(line)}`, but {path} has "
                            + " and ".join(f"`{' '.join(o)}`" for o in ours))
    theirs = [shlex.split(line, posix=False) for line in commands(cells[1])]
    if not theirs:
        failures.append(f"{language}: the second column gives no DOMjudge `command line`")
    their_flags, our_flags = flags(theirs), flags(claimed)
    for token in sorted(their_flags ^ our_flags):
        if not named(token, cells[3]):
            side = "DOMjudge's" if token in their_flags else "our"
            failures.append(f"{language}: {side} flag {token} is not in the other line, and the "
                            f"last column does not name it")
    return failures


def man_failures(source):
    """The man page lists the overridden languages by name: "(C, C++, Java, ...; README.md"."""
    man = (source / "man/judge.1").read_text()
    match = re.search(r"\\-\\-profile domjudge\n.*?\(([^;()]+);", man, re.S)
    if not match:
        return ["man/judge.1 has no '--profile domjudge' paragraph listing languages"]
    listed = {name.strip() for name in match.group(1).replace("\n", " ").split(",")}
    overridden = set()
    for path in (source / "languages/profiles" / PROFILE).glob("*.yaml"):
        name = yaml.safe_load(path.read_text())["name"]
        overridden.add(re.match(r"[A-Za-z#+]+", name).group(0))
    if listed != overridden:
        return [f"man/judge.1 lists {sorted(listed)} for --profile domjudge; the profile "
                f"overrides {sorted(overridden)}"]
    return []


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", required=True, type=Path)
    args = parser.parse_args()
    rows = table_rows(args.source / "README.md")
    failures = []
    for cells in rows:
        failures += check_row(args.source, cells)
    in_table = {spans(cells[0])[0] for cells in rows}
    for override in sorted((args.source / "languages/profiles" / PROFILE).glob("*.yaml")):
        if override.stem not in in_table:
            failures.append(f"{override}: no row for `{override.stem}` in README.md's table")
    failures += man_failures(args.source)
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"{len(rows)} rows, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
