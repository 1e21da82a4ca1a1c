# Spins on the CPU forever.
counter=0
while true; do counter=$((counter + 1)); done
