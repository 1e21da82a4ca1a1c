# Reads the kernel log (dmesg) with syslog(2): it leaks addresses and other runs' faults;
# denied by name.
import ctypes

libc = ctypes.CDLL(None, use_errno=True)
buffer = ctypes.create_string_buffer(4096)
n = libc.syscall(103, 3, buffer, 4096)  # SYS_syslog, SYSLOG_ACTION_READ_ALL
print("PWNED-syslog: read the kernel log" if n > 0 else "contained")
