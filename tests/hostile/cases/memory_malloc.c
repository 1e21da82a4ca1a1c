// Memory bomb: malloc 1 MiB blocks and touch every page, up to 3 GiB (the limit is 128 MiB).
// Reaching 2 GiB counts as a win: without a cgroup the judge's documented guard is RLIMIT_DATA
// at the limit + 1 GiB (MLE is then decided on the measured peak), so 2 GiB means no guard.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  size_t total = 0;
  const size_t block = 1 << 20;
  while (total < ((size_t)3 << 30)) {
    char* p = malloc(block);
    if (p == NULL) break;
    memset(p, 0x5a, block);
    total += block;
  }
  if (total >= ((size_t)2 << 30)) {
    printf("PWNED-memory_malloc: %zu MiB\n", total >> 20);
  } else {
    printf("contained at %zu MiB\n", total >> 20);
  }
  return 0;
}
