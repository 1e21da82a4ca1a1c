# Checks what the program inherited: descriptors beyond stdio (a judge pipe or the answer file
# would be a way out), the judge's environment (the driver sets HX_JUDGE_SECRET for the judge),
# capabilities, uid/gid/groups, no_new_privs and the seccomp mode.
import os

found = []
for fd in range(3, 1024):
    try:
        os.fstat(fd)
    except OSError:
        continue
    try:
        target = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        target = "?"
    found.append(f"inherited descriptor {fd} -> {target}")
allowed = {"PATH", "HOME", "LANG", "PYTHONDONTWRITEBYTECODE", "PWD", "LC_CTYPE"}
for name in os.environ:
    if name not in allowed:
        found.append(f"environment variable {name}")
status = {}
with open("/proc/self/status") as f:
    for line in f:
        key, _, value = line.partition(":")
        status[key] = value.strip()
for cap in ("CapInh", "CapPrm", "CapEff", "CapAmb"):
    if int(status[cap], 16) != 0:
        found.append(f"{cap} = {status[cap]}")
if status["Uid"].split() != ["1000"] * 4 or status["Gid"].split() != ["1000"] * 4:
    found.append(f"Uid {status['Uid']} Gid {status['Gid']}")
if status.get("Groups", "") not in ("", "1000"):
    found.append(f"Groups {status['Groups']}")
if status.get("NoNewPrivs") != "1":
    found.append("NoNewPrivs " + status.get("NoNewPrivs", "?"))
if status.get("Seccomp") != "2":
    found.append("Seccomp mode " + status.get("Seccomp", "?"))
print("\n".join("PWNED-env_and_fds: " + f for f in found) if found else "contained")
