/* Reads into a fixed buffer far too small for the large case and writes far past its end. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int n = 0;
  if (scanf("%d", &n) != 1) return 1;
  if (n > 1000) {
    volatile long long* buffer = malloc(1000 * sizeof(long long));
    for (long long i = 0;; i += 1 << 20) buffer[i] = i; /* walks off the heap: SIGSEGV */
  }
  long long sum = 0;
  for (int i = 0; i < n; i++) {
    long long x = 0;
    if (scanf("%lld", &x) != 1) return 1;
    sum += x;
  }
  printf("%lld\n", sum);
  return 0;
}
