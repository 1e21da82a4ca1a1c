# An undefined name: crystal rejects the program.
puts no_such_variable
