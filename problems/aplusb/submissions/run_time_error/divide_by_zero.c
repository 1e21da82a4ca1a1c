#include <stdio.h>

int main(void) {
  long long a = 0, b = 0;
  if (scanf("%lld %lld", &a, &b) != 2) return 0;
  volatile long long zero = a - a;
  printf("%lld\n", (a + b) / zero); /* SIGFPE */
  return 0;
}
