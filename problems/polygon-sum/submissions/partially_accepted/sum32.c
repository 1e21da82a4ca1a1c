/* Adds in 32 bits: right on the small group, wrong once the sum needs 64 bits. */
#include <stdio.h>

int main(void) {
  int n, total = 0;
  if (scanf("%d", &n) != 1) return 1;
  for (int i = 0; i < n; i++) {
    long long x;
    if (scanf("%lld", &x) != 1) return 1;
    total = (int)((unsigned)total + (unsigned)x);
  }
  printf("%d\n", total);
  return 0;
}
