import sys

numbers = sys.stdin.read().split()
print(sum(int(x) for x in numbers[1:]))
