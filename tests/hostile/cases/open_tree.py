# open_tree clones a mount tree (here the host root kept at /.host, if it were still there):
# denied; the verdict names open_tree.
import ctypes

libc = ctypes.CDLL(None, use_errno=True)
OPEN_TREE_CLONE, AT_RECURSIVE = 1, 0x8000
fd = libc.syscall(428, -100, b"/", OPEN_TREE_CLONE | AT_RECURSIVE)  # SYS_open_tree
print("PWNED-open_tree: cloned the root mount" if fd >= 0 else "contained")
