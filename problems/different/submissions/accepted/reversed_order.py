# Prints the pair as "j i" (larger index first): still a valid answer, unlike a plain diff.
import sys

tokens = sys.stdin.buffer.read().split()
n, target = int(tokens[0]), int(tokens[1])
values = [int(t) for t in tokens[2 : 2 + n]]
seen = {}
for j, value in enumerate(values, start=1):
    if target - value in seen:
        print(j, seen[target - value])
        break
    seen.setdefault(value, j)
