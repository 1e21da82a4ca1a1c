# a - b: wrong everywhere; g1 stops at its first test (on_reject: break). Score 0.
a, b = map(int, input().split())
print(a - b)
