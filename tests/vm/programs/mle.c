/* Touches memory 1 MiB at a time until the memory limit stops it (then an OOM kill in the
   cgroup, or a failed malloc); prints the expected answer only if it never is stopped. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  for (long mib = 0; mib < 4096; ++mib) {
    char* chunk = malloc(1 << 20);
    if (chunk == NULL) return 2;
    memset(chunk, (int)mib, 1 << 20);
  }
  puts("Hello World!");
  return 0;
}
