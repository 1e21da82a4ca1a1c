# Spins on the CPU forever.
BEGIN { while (1) counter++ }
