# Knows only the first pass: the second pass gets a doubled value again.
pass_number, value = map(int, input().split())
print(2 * value)
