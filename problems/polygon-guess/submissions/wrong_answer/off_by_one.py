# Finds the number, then reports the next one: the interactor accepts the dialogue, the checker
# rejects the answer in tout.
lo, hi = 1, 10**9
while True:
    mid = (lo + hi) // 2
    print("?", mid, flush=True)
    reply = input().strip()
    if reply == "=":
        print("!", mid + 1, flush=True)
        break
    if reply == "<":
        hi = mid - 1
    else:
        lo = mid + 1
