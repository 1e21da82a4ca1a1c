#!/usr/bin/env python3
"""gen.py N SEED: N integers near 10^9 (their sum needs 64 bits), the way doall.sh makes test 8."""
import random
import sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
print(n)
print(" ".join(str(rng.randint(900_000_000, 1_000_000_000)) for _ in range(n)))
