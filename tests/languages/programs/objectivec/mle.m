// Allocates 1 GiB, 1 MiB at a time, keeping every block (each one is written).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  static char *blocks[1024];
  for (int i = 0; i < 1024; i++) {
    blocks[i] = malloc(1 << 20);
    if (!blocks[i]) return 1;
    memset(blocks[i], i, 1 << 20);
  }
  printf("%p\n", (void *)blocks[1023]);
  return 0;
}
