# Lazily unmounts the cover of the host's root (/.host), /box and / to uncover what lies below:
# denied; the verdict names umount2.
import ctypes

libc = ctypes.CDLL(None, use_errno=True)
MNT_DETACH = 2
results = [libc.umount2(path, MNT_DETACH) for path in (b"/.host", b"/box", b"/proc", b"/")]
print("PWNED-umount: unmounted" if 0 in results else "contained")
