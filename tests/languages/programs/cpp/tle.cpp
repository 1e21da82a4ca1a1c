// Spins on the CPU forever; volatile keeps the optimizer from removing the loop.
int main() {
  volatile unsigned long counter = 0;
  for (;;) counter = counter + 1;
}
