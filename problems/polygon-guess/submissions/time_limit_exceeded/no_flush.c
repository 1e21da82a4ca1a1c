/* Right algorithm, but printf into a pipe is fully buffered and nothing flushes it: the question
 * never reaches the validator, both wait for each other, and the wall-time limit ends the run. */
#include <stdio.h>
#include <string.h>

int main(void) {
  long long lo = 1, hi = 1000000000;
  char reply[8];
  for (;;) {
    long long mid = lo + (hi - lo) / 2;
    printf("? %lld\n", mid);
    if (scanf("%7s", reply) != 1) return 0;
    if (strcmp(reply, "=") == 0) {
      printf("! %lld\n", mid);
      return 0;
    }
    if (strcmp(reply, "<") == 0) hi = mid - 1;
    else lo = mid + 1;
  }
}
