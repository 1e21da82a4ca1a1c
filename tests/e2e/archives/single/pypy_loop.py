# Accepted where Python 3 runs on PyPy (Kattis): the needless loop takes a few ms under PyPy's
# JIT and several seconds under CPython (well past a 2 s limit however fast the machine).
a, b = map(int, input().split())
acc = 0
for i in range(120_000_000):
    acc = (acc + i) & 1023
print(a + b + (acc - acc))
