# Reads input.txt, writes output.txt: the sum and the product.
with open("input.txt") as f:
    a, b = map(int, f.read().split())
with open("output.txt", "w") as f:
    f.write(f"{a + b}\n{a * b}\n")
