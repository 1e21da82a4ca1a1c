# Judged on problem_runs_in_row: the run given "first" leaves things behind (files in /tmp, /box
# and /dev/shm, a System V shared memory segment, a daemon listening on an abstract unix socket in
# the network namespace the zygote's runs share); the other runs look for them, among them the
# next one, whose init was started while the "first" run went on.
import ctypes
import os
import socket
import sys
import time

libc = ctypes.CDLL(None, use_errno=True)
SHM_KEY, IPC_CREAT = 0x68780001, 0o1000
FILES = ["/tmp/hx-persist", "/box/hx-persist", "/dev/shm/hx-persist"]
SOCKET_NAME = b"\0hx-persist"

if sys.stdin.readline().strip() == "first":
    for path in FILES:
        try:
            with open(path, "w") as f:
                f.write("left behind\n")
        except OSError:
            pass
    libc.shmget(SHM_KEY, 4096, IPC_CREAT | 0o666)
    print("contained-first")
    sys.stdout.flush()
    if os.fork() == 0:
        os.setsid()
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(SOCKET_NAME)
        server.listen(1)
        time.sleep(30)
        os._exit(0)
    time.sleep(0.3)  # the daemon is listening before the main process ends
    os._exit(0)

found = [path for path in FILES if os.path.exists(path)]
if libc.shmget(SHM_KEY, 0, 0) >= 0:
    found.append("System V shared memory segment")
try:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.connect(SOCKET_NAME)
        found.append("abstract socket of the first run's daemon")
except OSError:
    pass
print("\n".join("PWNED-persist_between_runs: " + f for f in found) if found else "contained")
