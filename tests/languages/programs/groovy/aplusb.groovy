// The whole input, split on any whitespace.
def numbers = System.in.text.trim().split(/\s+/).collect { it as long }
println numbers[0] + numbers[1]
