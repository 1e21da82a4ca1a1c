# An uncaught exception: the interpreter exits with code 1.
numbers = []
print(numbers[1])
