# kexec_load with no segments (it would only unload a crash kernel): denied by name.
import ctypes

libc = ctypes.CDLL(None, use_errno=True)
result = libc.syscall(246, 0, 0, None, 0)  # SYS_kexec_load
print("PWNED-kexec_load: accepted" if result == 0 else "contained")
