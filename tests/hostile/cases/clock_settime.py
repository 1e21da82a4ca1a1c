# Sets the host's clock (the time namespace does not cover CLOCK_REALTIME): denied by name.
import ctypes
import time

libc = ctypes.CDLL(None, use_errno=True)
now = (ctypes.c_long * 2)(int(time.time()), 0)
result = libc.clock_settime(0, now)  # CLOCK_REALTIME, to the current time: harmless if it works
print("PWNED-clock_settime: clock set" if result == 0 else "contained")
