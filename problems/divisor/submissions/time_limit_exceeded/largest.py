# Searches down from n - 1: the largest proper divisor, far too slowly for big n.
n = int(input())
d = n - 1
while n % d:
    d -= 1
print(d)
