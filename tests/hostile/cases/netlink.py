# An AF_NETLINK socket (routing, netfilter, audit): denied by name (socket).
import socket

try:
    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0)  # NETLINK_ROUTE
    print("PWNED-netlink: netlink socket opened")
except OSError:
    print("contained")
