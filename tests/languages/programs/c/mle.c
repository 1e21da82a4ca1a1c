/* Allocates and touches 1 GiB, 1 MiB at a time, keeping every block. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  enum { kChunk = 1 << 20, kChunks = 1024 };
  static char* chunks[kChunks];
  for (int i = 0; i < kChunks; ++i) {
    chunks[i] = malloc(kChunk);
    if (chunks[i] == NULL) return 3;
    memset(chunks[i], i & 0xff, kChunk);
  }
  printf("%d\n", chunks[kChunks - 1][0]);
  return 0;
}
