#!/usr/bin/env python3
"""Writes data/ for Pair Sum. The .ans file holds one valid pair; the validator accepts any.

Run from the problem directory: python3 generators/gen.py
"""
import random
from pathlib import Path


def write(name, target, values):
    pair = find_pair(target, values)
    assert pair is not None, name
    path = Path("data") / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".in").write_text(f"{len(values)} {target}\n{' '.join(map(str, values))}\n")
    path.with_suffix(".ans").write_text(f"{pair[0]} {pair[1]}\n")


def find_pair(target, values):
    seen = {}
    for j, value in enumerate(values, start=1):
        if target - value in seen:
            return seen[target - value], j
        seen.setdefault(value, j)
    return None


def main():
    rng = random.Random(42)
    write("sample/1", 9, [2, 7, 11, 15])
    write("sample/2", 6, [3, 1, 3])
    # a_1 + a_1 = t, but i = j is not allowed: the only pair is (2, 3).
    write("secret/01_not_twice", 10, [5, 4, 6])
    write("secret/02_many_pairs", 0, [-3, 3, -2, 2, -1, 1, 0, 7, 0])
    write("secret/03_extremes", -2000000000, [1, -1000000000, 2, -1000000000])
    # 20000 distinct numbers; the only pair is at the very end, so a quadratic scan is too slow.
    values = rng.sample(range(2, 5 * 10**8), 20000)
    values = [v * 2 for v in values[:19998]]  # all even: no two of them sum to an odd target
    values += [999999999, 2]
    write("secret/04_large", 1000000001, values)


if __name__ == "__main__":
    main()
