# add_key stores a key in a keyring shared with the host user: denied by name.
import ctypes

libc = ctypes.CDLL(None, use_errno=True)
KEY_SPEC_USER_KEYRING = -4
key = libc.syscall(248, b"user", b"hx-pwned", b"data", 4, KEY_SPEC_USER_KEYRING)  # SYS_add_key
print("PWNED-add_key: key added" if key >= 0 else "contained")
