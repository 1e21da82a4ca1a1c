# Prints more digits than the answer file has; the float tolerance accepts it.
import sys

tokens = sys.stdin.read().split()
n = int(tokens[0])
values = [float(t) for t in tokens[1 : n + 1]]
print(f"{sum(values) / n:.15f}")
