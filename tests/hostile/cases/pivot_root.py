# pivot_root to a directory in /box: denied; the verdict names pivot_root.
import ctypes
import os

libc = ctypes.CDLL(None, use_errno=True)
os.makedirs("/box/newroot/old", exist_ok=True)
result = libc.syscall(155, b"/box/newroot", b"/box/newroot/old")  # SYS_pivot_root
print("PWNED-pivot_root: pivoted" if result == 0 else "contained")
