// 1 GiB to stdout: the judge must stop it at the output limit (OLE), not store it all.
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char buffer[1 << 16];

int main(void) {
  memset(buffer, 'o', sizeof buffer);
  buffer[sizeof buffer - 1] = '\n';
  size_t total = 0;
  while (total < ((size_t)1 << 30)) {
    ssize_t n = write(1, buffer, sizeof buffer);
    if (n <= 0) break;
    total += (size_t)n;
  }
  // Reached only if the judge let 1 GiB through.
  dprintf(2, "PWNED-stdout_flood: %zu MiB written\n", total >> 20);
  return 0;
}
