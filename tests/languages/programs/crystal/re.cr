# An index out of bounds: an uncaught IndexError, exit code 1.
numbers = [1, 2, 3]
puts numbers[ARGV.size + 3]
