# Opens raw devices (disks, memory, kernel log, terminals, tun) and makes a disk device node in
# /box with mknod. Only null, zero, full, random and urandom exist in the sandbox's /dev.
import os
import stat

found = []
for path in ["/dev/mem", "/dev/kmem", "/dev/port", "/dev/vda", "/dev/sda", "/dev/nvme0n1",
             "/dev/kmsg", "/dev/tty", "/dev/console", "/dev/tty0", "/dev/fuse", "/dev/net/tun",
             "/.host/dev/vda", "/.host/dev/kmsg", "/proc/kcore",
             "/proc/kmsg", "/sys/kernel/debug"]:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        os.close(fd)
        found.append("opened " + path)
    except OSError:
        pass
for name, major, minor in [("vda", 254, 0), ("sda", 8, 0), ("mem", 1, 1), ("kmsg", 1, 11)]:
    node = f"/box/{name}"
    try:
        os.mknod(node, 0o600 | stat.S_IFCHR, os.makedev(major, minor))
    except OSError:
        continue
    try:
        fd = os.open(node, os.O_RDONLY | os.O_NONBLOCK)
        os.close(fd)
        found.append("opened mknod " + node)
    except OSError:
        pass
print("\n".join("PWNED-dev_access: " + f for f in found) if found else "contained")
