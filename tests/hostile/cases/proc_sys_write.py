# Writes host kernel settings under /proc/sys, each with its current value (so a hole changes
# nothing): core_pattern is the classic container escape.
import os

found = []
for path in ["/proc/sys/kernel/core_pattern", "/proc/sys/kernel/modprobe",
             "/proc/sys/kernel/sysrq", "/proc/sys/kernel/hostname",
             "/proc/sys/vm/overcommit_memory", "/proc/sys/fs/file-max",
             "/proc/sys/kernel/panic", "/proc/sys/net/ipv4/ip_forward",
             "/proc/1/root/proc/sys/kernel/core_pattern"]:
    try:
        with open(path) as f:
            value = f.read()
        fd = os.open(path, os.O_WRONLY)
    except OSError:
        continue
    try:
        os.write(fd, value.encode())
        found.append(path)
    except OSError:
        pass
    finally:
        os.close(fd)
print("\n".join("PWNED-proc_sys_write: wrote " + f for f in found) if found else "contained")
