# Fills the work dir /box with many 8 MiB files until a write fails (SIGXFSZ ignored).
import os
import signal
import sys

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
chunk = b"y" * (1 << 20)
total = 0
error = None
try:
    for i in range(256):
        with open(f"/box/fill-{i}", "wb", buffering=0) as f:
            for _ in range(8):
                total += f.write(chunk)
except OSError as e:
    error = e
mib = total >> 20
print(f"PWNED-fill_box_py: {mib} MiB" if mib >= 1024 else f"contained at {mib} MiB: {error}")
sys.stdout.flush()
