# Counts up to 2n one by one: fine for the samples' tiny n, far too slow for the large group.
n = int(input())
k = 0
step = 1 if n >= 0 else -1
while k != 2 * n:
    k += step
print(k)
