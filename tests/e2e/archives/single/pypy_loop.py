# Accepted where Python 3 runs on PyPy (Kattis): the needless loop takes a few ms under PyPy's
# JIT and seconds under CPython.
a, b = map(int, input().split())
acc = 0
for i in range(40_000_000):
    acc = (acc + i) & 1023
print(a + b + (acc - acc))
