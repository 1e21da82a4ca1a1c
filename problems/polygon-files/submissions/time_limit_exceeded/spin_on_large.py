# Spins on the largest test (test 4); right elsewhere.
with open("input.txt") as f:
    a, b = map(int, f.read().split())
while a >= 1000000:
    pass
with open("output.txt", "w") as f:
    f.write(f"{a + b}\n{a * b}\n")
