# Spins on the CPU forever.
set counter 0
while 1 { incr counter }
