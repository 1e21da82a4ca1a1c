/* Spins on the CPU forever; volatile keeps the optimizer from removing the loop. */
int main(void) {
  volatile unsigned long counter = 0;
  for (;;) ++counter;
}
