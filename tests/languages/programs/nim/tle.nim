# Spins on the CPU forever.
var counter {.volatile.}: int = 0
while true:
  counter = counter + 1
