// 1 GiB to stderr: the judge keeps only a bounded excerpt; it must neither hang nor buffer it
// all. The program then exits normally, so the verdict is decided by its stdout (WA), unless
// the flood costs more CPU than the limit (TLE).
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char buffer[1 << 16];

int main(void) {
  memset(buffer, 'e', sizeof buffer);
  buffer[sizeof buffer - 1] = '\n';
  size_t total = 0;
  while (total < ((size_t)1 << 30)) {
    ssize_t n = write(2, buffer, sizeof buffer);
    if (n <= 0) break;
    total += (size_t)n;
  }
  printf("contained: %zu MiB to stderr\n", total >> 20);
  return 0;
}
