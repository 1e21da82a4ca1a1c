# Tries every pair: about 2e8 checks on the largest case.
import sys

tokens = sys.stdin.read().split()
n, target = int(tokens[0]), int(tokens[1])
values = [int(t) for t in tokens[2 : 2 + n]]
for i in range(n):
    for j in range(i + 1, n):
        if values[i] + values[j] == target:
            print(i + 1, j + 1)
            sys.exit(0)
