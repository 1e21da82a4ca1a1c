#!/usr/bin/env python3
"""Writes data/ for the Average problem. Answers are exact decimals rounded to 12 places.

Run from the problem directory: python3 generators/gen.py
"""
import random
from decimal import Decimal, getcontext
from pathlib import Path

getcontext().prec = 50


def write(name, values):
    path = Path("data") / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".in").write_text(f"{len(values)}\n{' '.join(values)}\n")
    mean = sum(Decimal(v) for v in values) / len(values)
    text = format(mean.quantize(Decimal("1e-12")).normalize(), "f")
    path.with_suffix(".ans").write_text(text + "\n")


def main():
    rng = random.Random(20250901)
    write("sample/1", ["1", "2", "4"])
    write("sample/2", ["1.5", "3.5"])
    write("secret/01_single", ["-7.25"])
    write("secret/02_tiny", ["0.0001", "0.0002", "0.0004"])
    write("secret/03_large", ["999999.9999", "1000000", "-0.0001", "999999.9998", "1"])
    write("secret/04_random", [f"{rng.uniform(-1000, 1000):.3f}" for _ in range(1000)])


if __name__ == "__main__":
    main()
