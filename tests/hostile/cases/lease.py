# A read lease on a file bound into the sandbox (its own program file, owned by the judge's user
# when rootless) would make a host process opening it for writing wait up to 45 s.
import fcntl
import sys

F_SETLEASE = 1024
with open(sys.argv[0]) as f:
    try:
        fcntl.fcntl(f, F_SETLEASE, fcntl.F_RDLCK)
        print("PWNED-lease: lease taken")
    except OSError:
        print("contained")
