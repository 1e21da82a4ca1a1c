/* Pass 1 is right; pass 2 never ends. Limits apply per pass: pass 2 is TLE. */
#include <stdio.h>

int main(void) {
  long long pass, value;
  if (scanf("%lld %lld", &pass, &value) != 2) return 1;
  if (pass == 1) {
    printf("%lld\n", 2 * value);
    return 0;
  }
  volatile unsigned long spin = 0;
  for (;;) ++spin;
}
