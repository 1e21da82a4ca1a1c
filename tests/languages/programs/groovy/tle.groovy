// Spins on the CPU forever.
long counter = 0
while (true) {
    counter++
}
