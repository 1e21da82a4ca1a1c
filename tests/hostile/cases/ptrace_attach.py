# PTRACE_ATTACH to pid 1 (the run's init) and to the parent: denied; the verdict names ptrace.
import ctypes
import os

libc = ctypes.CDLL(None, use_errno=True)
PTRACE_ATTACH = 16
results = [libc.ptrace(PTRACE_ATTACH, pid, None, None) for pid in (1, os.getppid())]
print("PWNED-ptrace_attach: attached" if 0 in results else "contained")
