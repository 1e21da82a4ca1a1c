# Reads the command line of pid 1 and of the parent. Pid 1 of the run is a clone of the judge:
# if it still carries the judge's argv, the program learns how it is being judged (binary path,
# problem directory, options). That is an information leak of the judge side.
import os

found = []
for pid in {"1", str(os.getppid())}:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            argv = f.read().split(b"\0")
    except OSError:
        continue
    text = b" ".join(argv).decode(errors="replace")
    if "judge" in text or "problem" in text or "--" in text:
        found.append(f"/proc/{pid}/cmdline = {text[:300]}")
print("\n".join("PWNED-judge_cmdline: " + f for f in found) if found else "contained")
