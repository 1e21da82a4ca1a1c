# Joins pid 1's namespaces (or its own again) with setns: denied; the verdict names setns.
import ctypes
import os

libc = ctypes.CDLL(None, use_errno=True)
joined = False
for name in ("mnt", "user", "net", "pid"):
    for pid in ("1", "self"):
        try:
            fd = os.open(f"/proc/{pid}/ns/{name}", os.O_RDONLY)
        except OSError:
            continue
        if libc.setns(fd, 0) == 0:
            joined = True
        os.close(fd)
if libc.setns(-1, 0) == 0:
    joined = True
print("PWNED-setns: joined a namespace" if joined else "contained")
