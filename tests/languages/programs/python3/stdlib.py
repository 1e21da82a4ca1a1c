# Standard modules contest code reaches for (both judges run a plain interpreter with its
# standard library): A + B through them.
import bisect
import collections
import functools
import heapq
import itertools
import math
import sys
from fractions import Fraction

numbers = [int(token) for token in sys.stdin.read().split()]
heap = list(numbers)
heapq.heapify(heap)
counts = collections.Counter(numbers)
ordered = sorted(counts.elements())
assert bisect.bisect_left(ordered, heap[0]) == 0
total = functools.reduce(lambda a, b: a + b, itertools.chain(numbers))
assert Fraction(total, 1) == total and math.isfinite(total)
print(total)
