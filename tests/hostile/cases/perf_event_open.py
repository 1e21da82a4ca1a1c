# perf_event_open of a software counter: side channels and exploits; denied by name.
import ctypes

libc = ctypes.CDLL(None, use_errno=True)
attr = (ctypes.c_uint8 * 128)()
ctypes.c_uint32.from_buffer(attr, 0).value = 1    # type PERF_TYPE_SOFTWARE
ctypes.c_uint32.from_buffer(attr, 4).value = 128  # size
fd = libc.syscall(298, attr, 0, -1, -1, 0)  # SYS_perf_event_open: this process, any cpu
print("PWNED-perf_event_open: counter opened" if fd >= 0 else "contained")
