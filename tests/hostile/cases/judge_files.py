# Reads what belongs to the judge side: the environment, executable, cwd, root, descriptors and
# memory maps of pid 1 (the run's init, a clone of the judge) and of the parent. The driver puts
# a secret variable into the judge's environment and checks that it never shows up.
import os

found = []
for pid in {"1", str(os.getppid())}:
    base = f"/proc/{pid}"
    try:
        with open(base + "/environ", "rb") as f:
            environ = f.read()
        if environ:
            found.append(f"{base}/environ: {environ[:200]!r}")
    except OSError:
        pass
    try:
        with open(base + "/exe", "rb") as f:
            if f.read(4) == b"\x7fELF":
                found.append(f"{base}/exe readable")
    except OSError:
        pass
    for what in ("cwd", "root", "fd", "map_files"):
        try:
            found.append(f"{base}/{what}: {os.listdir(base + '/' + what)[:5]}")
        except OSError:
            pass
    try:
        with open(base + "/maps") as f:
            maps = f.read()
        if maps:
            found.append(f"{base}/maps: {maps[:100]!r}")
    except OSError:
        pass
# The judge's binary on the host, its path taken from pid 1's command line.
try:
    with open("/proc/1/cmdline", "rb") as f:
        judge_path = f.read().split(b"\0")[0].decode()
    for path in (judge_path, "/.host" + judge_path, "/proc/1/root" + judge_path):
        try:
            with open(path, "rb") as f:
                if f.read(4) == b"\x7fELF" and not path.startswith("/usr/"):
                    found.append(f"judge binary readable at {path}")
        except OSError:
            pass
except (OSError, IndexError, UnicodeDecodeError):
    pass
if "HX_JUDGE_SECRET" in os.environ:
    found.append("HX_JUDGE_SECRET inherited")
print("\n".join("PWNED-judge_files: " + f for f in found) if found else "contained")
