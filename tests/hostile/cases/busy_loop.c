// Spins forever: the CPU-time limit ends it.
int main(void) {
  volatile unsigned long n = 0;
  for (;;) n++;
}
