# Finds the number, then expects one more line. The validator has already accepted and exited,
# so input() meets EOF and raises: the submission's own failure (RE) comes before the validator's
# verdict.
lo, hi = 1, 10**9
while True:
    mid = (lo + hi) // 2
    print("?", mid, flush=True)
    reply = input().strip()
    if reply == "=":
        print("!", mid, flush=True)
        break
    if reply == "<":
        hi = mid - 1
    else:
        lo = mid + 1
input()
