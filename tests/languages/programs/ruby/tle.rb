# Spins on the CPU forever.
counter = 0
loop { counter += 1 }
