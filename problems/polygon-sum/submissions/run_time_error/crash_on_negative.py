# Crashes when a negative number is among several: fails test 5 of group 1, so group 2 (which
# depends on group 1) earns nothing although this solution gets it right.
import sys

numbers = [int(x) for x in sys.stdin.read().split()[1:]]
if len(numbers) > 1 and min(numbers) < 0:
    raise ValueError("negative")
print(sum(numbers))
