# Right answers, but on stdout: with output-file="output.txt" the judge reads only the file.
with open("input.txt") as f:
    a, b = map(int, f.read().split())
print(a + b)
print(a * b)
