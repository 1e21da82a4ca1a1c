/* Asks 1, 2, 3, ... in turn: right for a small number, but the interactor stops it after 30
 * questions (its own WA, before any checker runs). */
#include <stdio.h>
#include <string.h>

int main(void) {
  char reply[8];
  for (long long x = 1;; ++x) {
    printf("? %lld\n", x);
    fflush(stdout);
    if (scanf("%7s", reply) != 1) return 0;
    if (strcmp(reply, "=") == 0) {
      printf("! %lld\n", x);
      fflush(stdout);
      return 0;
    }
  }
}
