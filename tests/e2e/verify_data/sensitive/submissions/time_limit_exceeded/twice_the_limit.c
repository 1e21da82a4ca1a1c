/* Correct, but spins until it has used 400 ms of CPU time: twice the 200 ms limit, two thirds of
 * the 600 ms safety limit. Measuring its own CPU time makes it the same on any machine. */
#include <stdio.h>
#include <time.h>

static double cpu_seconds(void) {
  struct timespec now;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

int main(void) {
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  volatile unsigned long spin = 0;
  while (cpu_seconds() < 0.4) spin++;
  printf("%ld\n", a + b);
  return 0;
}
