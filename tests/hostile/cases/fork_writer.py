# The main process exits at once while a child keeps writing to the inherited stdout. The run
# must end with the main process (the child dies with the pid namespace); a child still writing
# a second later proves it survived.
import ctypes
import os
import sys
import time

print("contained")
sys.stdout.flush()
if os.fork() == 0:
    ctypes.CDLL(None).prctl(15, b"hx-writer", 0, 0, 0)  # PR_SET_NAME
    started = time.monotonic()
    while True:
        alive = time.monotonic() - started
        line = f"PWNED-fork_writer: alive after {alive:.1f}s\n" if alive > 1.0 else "child\n"
        try:
            os.write(1, line.encode())
        except OSError:
            pass
        time.sleep(0.01)
os._exit(0)
