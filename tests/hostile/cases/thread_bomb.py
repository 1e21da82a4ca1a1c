# Thread bomb in Python.
import os
import sys
import threading

threading.stack_size(65536)
created = 0
for _ in range(4096):
    try:
        threading.Thread(target=threading.Event().wait, daemon=True).start()
        created += 1
    except RuntimeError:
        pass
print(f"PWNED-thread_bomb_py: {created} threads" if created >= 64 else f"contained after {created}")
sys.stdout.flush()
os._exit(0)
