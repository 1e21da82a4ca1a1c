// Fills /tmp with many 8 MiB files (so a per-file size limit alone does not stop it), ignoring
// SIGXFSZ, until a write fails. Contained when the tmpfs size (or the memory limit it is charged
// to) stops it long before 1 GiB.
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char buffer[1 << 20];

int main(void) {
  signal(SIGXFSZ, SIG_IGN);
  memset(buffer, 'x', sizeof buffer);
  size_t total = 0;
  int failed_errno = 0;
  for (int file = 0; file < 256 && failed_errno == 0; file++) {
    char name[64];
    snprintf(name, sizeof name, "/tmp/fill-%d", file);
    int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
      failed_errno = errno;
      break;
    }
    for (int mib = 0; mib < 8; mib++) {
      ssize_t n = write(fd, buffer, sizeof buffer);
      if (n < 0) {
        failed_errno = errno;
        break;
      }
      total += (size_t)n;
      if (n < (ssize_t)sizeof buffer) break;  // file size limit: next file
    }
    close(fd);
  }
  if (total >= ((size_t)1 << 30)) {
    printf("PWNED-fill_tmp: wrote %zu MiB\n", total >> 20);
  } else {
    printf("contained at %zu MiB: %s\n", total >> 20, strerror(failed_errno));
  }
  return 0;
}
