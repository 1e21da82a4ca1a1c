// Writes one huge file in /box. The file size limit (RLIMIT_FSIZE) stops it with SIGXFSZ.
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char buffer[1 << 20];

int main(void) {
  memset(buffer, 'z', sizeof buffer);
  int fd = open("/box/huge", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) {
    puts("contained: cannot create /box/huge");
    return 0;
  }
  size_t total = 0;
  for (int i = 0; i < 2048; i++) {
    ssize_t n = write(fd, buffer, sizeof buffer);
    if (n <= 0) break;
    total += (size_t)n;
  }
  if (total >= ((size_t)1 << 30)) {
    printf("PWNED-huge_file: %zu MiB\n", total >> 20);
  } else {
    printf("contained at %zu MiB\n", total >> 20);
  }
  return 0;
}
