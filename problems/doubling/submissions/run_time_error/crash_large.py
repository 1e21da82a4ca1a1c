# Refuses numbers above 10^6 by crashing.
n = int(input())
assert abs(n) < 10**6
print(2 * n)
