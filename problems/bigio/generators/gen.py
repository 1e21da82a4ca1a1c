#!/usr/bin/env python3
"""Writes data/ for Big Sum; secret/02_large.in is about 3 MB.

Run from the problem directory: python3 generators/gen.py
"""
import random
from pathlib import Path


def write(name, values):
    path = Path("data") / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".in").write_text(f"{len(values)}\n" + "".join(f"{v}\n" for v in values))
    path.with_suffix(".ans").write_text(f"{sum(values)}\n")


def main():
    rng = random.Random(7)
    write("sample/1", [1, 2, 3, -4])
    write("secret/01_extremes", [10**12, 10**12, -(10**12), 10**12])
    # Partial sums pass 2^53: summing in doubles loses the final +1.
    write("secret/02_beyond_double", [10**12] * 9500 + [1])
    write("secret/03_large", [rng.randint(-(10**12), 10**12) for _ in range(200000)])


if __name__ == "__main__":
    main()
