/* Doubles in 32-bit arithmetic: right on the small group only (score 40). */
#include <stdio.h>
int main(void) {
  long long n;
  if (scanf("%lld", &n) != 1) return 1;
  int m = (int)n;
  printf("%d\n", m + m);
  return 0;
}
