// Spins on the CPU forever.
let counter: number = 0;
for (;;) counter++;
