/* Binary search over [1, 1e9]: at most 30 questions, each flushed. */
#include <stdio.h>
#include <string.h>

int main(void) {
  long long lo = 1, hi = 1000000000;
  char reply[8];
  for (;;) {
    long long mid = lo + (hi - lo) / 2;
    printf("? %lld\n", mid);
    fflush(stdout);
    if (scanf("%7s", reply) != 1) return 0;
    if (strcmp(reply, "=") == 0) {
      printf("! %lld\n", mid);
      fflush(stdout);
      return 0;
    }
    if (strcmp(reply, "<") == 0) hi = mid - 1;
    else lo = mid + 1;
  }
}
