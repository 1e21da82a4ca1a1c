# Recomputes every prefix sum from scratch: quadratic in n.
import sys

tokens = sys.stdin.buffer.read().split()
n = int(tokens[0])
values = [int(t) for t in tokens[1 : n + 1]]
total = 0
for i in range(n):
    total = sum(values[: i + 1])
print(total)
