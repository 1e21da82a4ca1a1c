// Tries to allocate pseudo-terminals (kernel.pty.max is one pool for the host, and a pty would be
// a terminal the judge's session knows nothing of). The sandbox has no /dev/ptmx and no devpts,
// and mounting one is denied; the driver opens a pty on the host during the run.
#define _XOPEN_SOURCE 600
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  int opened = 0;
  for (int i = 0; i < 64; ++i) {
    if (posix_openpt(O_RDWR | O_NOCTTY) >= 0) ++opened;
  }
  const char* others[] = {"/dev/pts/ptmx", "/dev/tty", "/dev/console"};
  for (unsigned i = 0; i < sizeof others / sizeof others[0]; ++i) {
    if (open(others[i], O_RDWR | O_NOCTTY) >= 0) ++opened;
  }
  if (opened > 0) {
    printf("PWNED-ptys: opened %d terminals\n", opened);
    return 0;
  }
  printf("contained: %s\n", strerror(errno));
  usleep(1500 * 1000);  // the driver probes the host meanwhile (a fast run would leave it no time)
  return 0;
}
