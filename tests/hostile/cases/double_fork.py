# Double fork + setsid, the daemon way out: the grandchild renames itself "hx-escaped" and tries
# to outlive the run. The driver checks that no such process exists once the judge has exited.
import ctypes
import os
import sys
import time

print("contained")
sys.stdout.flush()
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        ctypes.CDLL(None).prctl(15, b"hx-escaped", 0, 0, 0)  # PR_SET_NAME
        started = time.monotonic()
        time.sleep(1.5)
        # Still alive well after the main process ended: the kill missed us.
        print(f"PWNED-double_fork: alive after {time.monotonic() - started:.1f}s")
        sys.stdout.flush()
        time.sleep(20)
        os._exit(0)
    os._exit(0)
os._exit(0)
