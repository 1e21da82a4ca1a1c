/* Writes the expected line, then output without end. */
#include <stdio.h>
#include <string.h>

int main(void) {
  static char block[1 << 16];
  memset(block, 'x', sizeof block);
  puts("Hello World!");
  for (;;) fwrite(block, 1, sizeof block, stdout);
}
