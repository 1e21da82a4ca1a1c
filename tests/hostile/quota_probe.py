#!/usr/bin/python3
"""Measures host-wide kernel quotas from the host side while a hostile run holds what it took.

Started by run_hostile.py as the user the judge runs as (the user whose quotas a run could
charge), before the judge; every 20 ms it asks the kernel for one more of each quota a program
could try to exhaust, and gives it back at once. It stops when its stdin closes and prints one
JSON object: for each quota, how many attempts were made and which failed (with the errno).
"""
import ctypes
import json
import os
import select
import sys

LIBC = ctypes.CDLL(None, use_errno=True)
SYS_IO_SETUP, SYS_IO_DESTROY = 206, 207
IN_CLOEXEC = 0o2000000
IN_ACCESS = 0x1


def inotify_instance():
    fd = LIBC.inotify_init1(IN_CLOEXEC)
    if fd < 0:
        return ctypes.get_errno()
    os.close(fd)
    return 0


def inotify_watch():
    fd = LIBC.inotify_init1(IN_CLOEXEC)
    if fd < 0:
        return ctypes.get_errno()
    try:
        return 0 if LIBC.inotify_add_watch(fd, b"/", IN_ACCESS) >= 0 else ctypes.get_errno()
    finally:
        os.close(fd)


def aio_context():
    context = ctypes.c_ulong(0)
    if LIBC.syscall(SYS_IO_SETUP, 1, ctypes.byref(context)) != 0:
        return ctypes.get_errno()
    LIBC.syscall(SYS_IO_DESTROY, context)
    return 0


PROBES = {"inotify_init": inotify_instance, "inotify_add_watch": inotify_watch,
          "io_setup": aio_context}


def main():
    attempts = {name: 0 for name in PROBES}
    failures = {name: [] for name in PROBES}
    print("ready", flush=True)
    while True:
        readable, _, _ = select.select([sys.stdin], [], [], 0.02)
        if readable and not sys.stdin.readline():
            break
        for name, probe in PROBES.items():
            attempts[name] += 1
            error = probe()
            if error and len(failures[name]) < 5:
                failures[name].append(os.strerror(error))
    print(json.dumps({"attempts": attempts, "failures": failures}), flush=True)


if __name__ == "__main__":
    main()
