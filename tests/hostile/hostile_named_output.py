#!/usr/bin/env python3
"""A solution's named output file (Polygon output-file="output.txt") cannot lead the judge astray.

usage: hostile_named_output.py --judge PATH --source REPO_ROOT

Each case is a Python solution of problems/polygon-files (test 1 only) that leaves something
other than a regular file as /box/output.txt. The judge reads it without following any link,
never opens a FIFO or a device, never reads more than the output limit, and gives a verdict:
  link-host      output.txt -> /etc/passwd          WA (a link; the host file is never read)
  link-input     output.txt -> input.txt            WA (a link, even one inside /box)
  link-dev-zero  output.txt -> /dev/zero            WA (a link; an endless device is never read)
  fifo           output.txt is a FIFO               WA, and the judge does not block on it
  directory      output.txt is a directory          WA
  sparse-huge    output.txt is a 60 MiB sparse file OLE (the limit is 1 MiB; 1 MiB + 1 is read)
  hard-link      output.txt hard-linked to /etc/passwd: the kernel refuses (another mount),
                 so there is no output file: WA
Exit status 0 when every case passed.
"""
import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBLEM = "problems/polygon-files"

CASES = {
    "link-host": ('import os\nos.symlink("/etc/passwd", "output.txt")\n', "WA",
                  "symbolic link"),
    "link-input": ('import os\nos.symlink("input.txt", "output.txt")\n', "WA", "symbolic link"),
    "link-dev-zero": ('import os\nos.symlink("/dev/zero", "output.txt")\n', "WA",
                      "symbolic link"),
    "fifo": ('import os\nos.mkfifo("output.txt")\n', "WA", "FIFO"),
    "directory": ('import os\nos.mkdir("output.txt")\n', "WA", "directory"),
    "sparse-huge": ('import os\nwith open("output.txt", "w") as f:\n'
                    '    f.write("5\\n6\\n")\nos.truncate("output.txt", 60 << 20)\n', "OLE",
                    "larger than the output limit"),
    "hard-link": ('import os\ntry:\n    os.link("/etc/passwd", "output.txt")\n'
                  'except OSError:\n    pass\n', "WA", "did not write output.txt"),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judge", required=True)
    parser.add_argument("--source", required=True, type=Path)
    options = parser.parse_args()
    problem = options.source / PROBLEM
    failures = 0
    with tempfile.TemporaryDirectory(prefix="judge-hostile-output-") as scratch:
        scratch = Path(scratch)
        for name, (code, verdict, message) in CASES.items():
            solution = scratch / f"{name.replace('-', '_')}.py"
            solution.write_text(code)
            started = time.monotonic()
            run = subprocess.run([options.judge, "run", solution, problem, "--tests", "tests/01",
                                  "--output-limit", "1m", "--verbose", "--json"],
                                 capture_output=True, text=True, timeout=120)
            took = time.monotonic() - started
            try:
                test = json.loads(run.stdout)["tests"][0]
            except (ValueError, KeyError, IndexError):
                print(f"FAIL {name}: exit {run.returncode}, no report; "
                      f"stderr: {run.stderr.strip()[:300]}")
                failures += 1
                continue
            said = (test.get("message") or "") + " " + (test.get("judge_message") or "")
            shown = json.dumps(test)
            if test.get("verdict") != verdict or run.returncode != 1 or \
                    (message and message not in said) or "root:" in shown:
                print(f"FAIL {name}: {test.get('verdict')} ({said.strip()[:200]}), exit "
                      f"{run.returncode}; expected {verdict} saying {message!r}")
                failures += 1
            else:
                print(f"ok   {name}: {verdict} in {took:.1f} s, {said.strip()[:100]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
