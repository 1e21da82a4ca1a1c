# Sleeps forever, using no CPU: only the wall-time limit ends it.
import time

while True:
    time.sleep(3600)
print("PWNED-sleep_forever: woke up")
