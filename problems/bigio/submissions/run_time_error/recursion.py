# Adds recursively: exceeds Python's recursion limit on the large case (RecursionError).
import sys


def add(values, i):
    return 0 if i == len(values) else values[i] + add(values, i + 1)


tokens = sys.stdin.buffer.read().split()
n = int(tokens[0])
print(add([int(t) for t in tokens[1 : n + 1]], 0))
