#!/usr/bin/env python3
"""A Polygon package's problem.xml naming files outside the package is refused (exit 2).

usage: hostile_polygon.py --judge PATH --source REPO_ROOT

Each case copies problems/polygon-sum to a scratch dir and points one path of problem.xml out of
the package; judge must exit 2 naming problem.xml and the field, before anything runs:
  dotdot-checker     the checker's source is ../outside/check.cpp
  absolute-checker   the checker's source is an absolute host path
  absolute-resource  files/resources names /etc/passwd as a header
  link-checker       files/check.cpp is a symbolic link to a host file
  dotdot-pattern     the input path pattern is ../outside/%02d
  link-test          tests/03 is a symbolic link to a host file
Exit status 0 when every case passed.
"""
import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PROBLEM = "problems/polygon-sum"
SUBMISSION = "submissions/accepted/sum.py"


def replace(xml, old, new):
    text = xml.read_text()
    assert old in text, old
    xml.write_text(text.replace(old, new))


def make_cases(outside):
    host_file = outside / "check.cpp"
    return {
        "dotdot-checker": ("assets/checker/source@path",
                           lambda p: replace(p / "problem.xml", 'path="files/check.cpp"',
                                             'path="../outside/check.cpp"')),
        "absolute-checker": ("assets/checker/source@path",
                             lambda p: replace(p / "problem.xml", 'path="files/check.cpp"',
                                               f'path="{host_file}"')),
        "absolute-resource": ("files/resources/file@path",
                              lambda p: replace(p / "problem.xml", 'path="files/testlib.h"',
                                                'path="/etc/passwd.h"')),
        "link-checker": ("files/check.cpp", lambda p: ((p / "files/check.cpp").unlink(),
                                                       (p / "files/check.cpp").symlink_to(
                                                           host_file))),
        "dotdot-pattern": ("input-path-pattern",
                           lambda p: replace(p / "problem.xml",
                                             "<input-path-pattern>tests/%02d",
                                             "<input-path-pattern>../outside/%02d")),
        "link-test": ("tests/03", lambda p: ((p / "tests/03").unlink(),
                                             (p / "tests/03").symlink_to(host_file))),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judge", required=True)
    parser.add_argument("--source", required=True, type=Path)
    options = parser.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="judge-hostile-polygon-") as scratch:
        scratch = Path(scratch)
        outside = scratch / "outside"
        outside.mkdir()
        (outside / "check.cpp").write_text("int main() { return 0; }  // host file\n")
        (outside / "01").write_text("1\n1\n")
        (outside / "01.a").write_text("1\n")
        for name, (mention, damage) in make_cases(outside).items():
            package = scratch / name
            shutil.copytree(options.source / PROBLEM, package, symlinks=True)
            damage(package)
            run = subprocess.run([options.judge, "run", package / SUBMISSION, package],
                                 capture_output=True, text=True, timeout=120)
            if run.returncode != 2 or mention not in run.stderr:
                print(f"FAIL {name}: exit {run.returncode}, expected 2 naming {mention!r}; "
                      f"stderr: {run.stderr.strip()[:300]}")
                failures += 1
            else:
                print(f"ok   {name}: exit 2, {run.stderr.strip().splitlines()[0][:120]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
