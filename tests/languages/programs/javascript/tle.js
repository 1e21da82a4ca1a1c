// Spins on the CPU forever.
let counter = 0;
for (;;) counter++;
