# Right only for |n| > 100: it passes the large group, which requires the small one, so it
# scores 0.
n = int(input())
print(2 * n if abs(n) > 100 else n)
