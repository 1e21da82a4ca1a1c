# Reaches out: TCP to 127.0.0.1 (ssh, http and the driver's host listener on 39217), a public
# address, UDP DNS, and the abstract unix sockets "judge" and "hx-hostile-listener" that the
# driver listens on in the host's network namespace. The sandbox's network namespace has only
# a loopback interface, which is down, and abstract sockets are per network namespace.
import socket

found = []
for host, port in [("127.0.0.1", 22), ("127.0.0.1", 80), ("127.0.0.1", 39217),
                   ("10.0.2.2", 80), ("1.1.1.1", 80), ("::1", 39217)]:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as s:
            s.settimeout(0.5)
            s.connect((host, port))
            found.append(f"tcp {host}:{port}")
    except OSError:
        pass
try:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto(b"hx", ("8.8.8.8", 53))
        found.append("udp 8.8.8.8:53")
except OSError:
    pass
for name in (b"\0judge", b"\0hx-hostile-listener"):
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.connect(name)
            s.sendall(b"PWNED-network")
            found.append(f"abstract unix {name[1:].decode()}")
    except OSError:
        pass
print("\n".join("PWNED-network: " + f for f in found) if found else "contained")
