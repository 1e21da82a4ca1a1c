#include <stdio.h>

int main(void) {
  int n = 0;
  if (scanf("%d", &n) != 1) return 1;
  long long sum = 0;
  for (int i = 0; i < n; i++) {
    int x = 0; /* too small for |x| up to 1e12 */
    if (scanf("%d", &x) != 1) return 1;
    sum += x;
  }
  printf("%lld\n", sum);
  return 0;
}
