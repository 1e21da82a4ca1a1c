import sys

tokens = sys.stdin.read().split()
n, target = int(tokens[0]), int(tokens[1])
values = [int(t) for t in tokens[2 : 2 + n]]
seen = set()
for value in values:
    if target - value in seen:
        print(target - value, value)
        break
    seen.add(value)
