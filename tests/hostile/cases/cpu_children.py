# CPU time spent by child processes counts too: the main process sleeps while three children
# spin, so a judge measuring only the main process would never stop it (nor end it by CPU).
import os
import time

for _ in range(3):
    try:
        if os.fork() == 0:
            while True:
                pass
    except OSError:
        pass
time.sleep(60)
print("PWNED-cpu_children: the children's CPU time went unnoticed")
