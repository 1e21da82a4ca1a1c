# Binary junk, an overlong number and a missing second token: the validator must say WA, not crash.
import sys

sys.stdout.buffer.write(b"\x00\xff\xfe-99999999999999999999999999999 \x1b[31m\n")
