# 1 GiB to stderr from Python, then a normal exit.
import os
import sys

chunk = b"E" * 65535 + b"\n"
total = 0
while total < (1 << 30):
    total += os.write(2, chunk)
print(f"contained: {total >> 20} MiB to stderr")
