# Spins on the CPU forever.
counter = 0
while True:
    counter += 1
