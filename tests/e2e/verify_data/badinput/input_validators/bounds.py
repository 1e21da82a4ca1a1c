# Valid input: one line "A B" with 0 <= A, B <= 1000.
import re
import sys

data = sys.stdin.read()
match = re.fullmatch(r"(\d+) (\d+)\n", data)
if not match:
    print("expected one line of two non-negative integers", file=sys.stderr)
    sys.exit(43)
if any(int(x) > 1000 for x in match.groups()):
    print("a number is over 1000", file=sys.stderr)
    sys.exit(43)
sys.exit(42)
