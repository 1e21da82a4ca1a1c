#!/usr/bin/python3
"""Measures host-wide kernel quotas from the host side while a hostile run holds what it took.

Started by run_hostile.py as the user the judge runs as (the user whose quotas a run could
charge), before the judge; every 20 ms it asks the kernel for one more of each quota a program
could try to exhaust, and gives it back at once. It stops when its stdin closes and prints one
JSON object: for each quota, how many attempts were made and which failed (with the errno).
"""
import ctypes
import errno
import fcntl
import json
import os
import select
import signal
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


class MqAttr(ctypes.Structure):
    _fields_ = [("flags", ctypes.c_long), ("maxmsg", ctypes.c_long), ("msgsize", ctypes.c_long),
                ("curmsgs", ctypes.c_long), ("reserved", ctypes.c_long * 4)]


def message_queue():
    """A small POSIX message queue in the host's IPC namespace (RLIMIT_MSGQUEUE bytes)."""
    name = f"/judge-quota-probe-{os.getpid()}".encode()
    attr = MqAttr(0, 4, 1024, 0)
    LIBC.mq_open.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_int, ctypes.POINTER(MqAttr)]
    fd = LIBC.mq_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600, ctypes.byref(attr))
    if fd < 0:
        return ctypes.get_errno()
    os.close(fd)
    LIBC.mq_unlink(name)
    return 0


def queued_signal():
    """One real-time signal queued to this (blocking) process (RLIMIT_SIGPENDING), then taken."""
    if LIBC.sigqueue(os.getpid(), signal.SIGRTMIN, ctypes.c_void_p(0)) != 0:
        return ctypes.get_errno()
    signal.sigtimedwait([signal.SIGRTMIN], 1)
    return 0


def full_pipe():
    """A pipe of the default 16 pages, grown to 1 MiB (fs.pipe-user-pages-soft of this user)."""
    F_SETPIPE_SZ, F_GETPIPE_SZ = 1031, 1032
    try:
        read_end, write_end = os.pipe()
    except OSError as e:
        return e.errno
    try:
        if fcntl.fcntl(write_end, F_GETPIPE_SZ) < 65536:
            return errno.ENOBUFS  # the user is over its soft limit: pipes shrink to 2 pages
        fcntl.fcntl(write_end, F_SETPIPE_SZ, 1 << 20)
        return 0
    except OSError as e:
        return e.errno
    finally:
        os.close(read_end)
        os.close(write_end)


def epoll_watch():
    """One epoll watch (fs.epoll.max_user_watches of this user)."""
    try:
        with select.epoll() as ep:
            read_end, write_end = os.pipe()
            try:
                ep.register(read_end, select.EPOLLIN)
            finally:
                os.close(read_end)
                os.close(write_end)
        return 0
    except OSError as e:
        return e.errno


def open_file():
    """One more open file (fs.file-max, one pool for the host)."""
    try:
        os.close(os.open("/dev/null", os.O_RDONLY))
        return 0
    except OSError as e:
        return e.errno


def pseudo_terminal():
    """One pty (kernel.pty.max, one pool for the host)."""
    try:
        primary, secondary = os.openpty()
        os.close(primary)
        os.close(secondary)
        return 0
    except OSError as e:
        return e.errno


PROBES = {"inotify_init": inotify_instance, "inotify_add_watch": inotify_watch,
          "io_setup": aio_context, "mq_open": message_queue, "sigqueue": queued_signal,
          "pipe": full_pipe, "epoll_ctl": epoll_watch, "open": open_file,
          "openpty": pseudo_terminal}


def main():
    attempts = {name: 0 for name in PROBES}
    failures = {name: [] for name in PROBES}
    signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGRTMIN])
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
