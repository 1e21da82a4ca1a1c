n = int(input())
print(1)
