# A socket family that was on no denylist (AF_CAN, 29): the families are an allowlist now.
import socket

try:
    socket.socket(29, socket.SOCK_RAW, 1)
    print("PWNED-socket-family: CAN socket created")
except OSError:
    print("contained")
