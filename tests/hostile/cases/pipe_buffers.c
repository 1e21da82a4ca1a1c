// Makes as many pipes as it may and grows each to 1 MiB until the kernel refuses: pipe buffers
// count against fs.pipe-user-pages-soft of the creating host uid, and a user over it gets pipes
// of two pages and cannot grow them. The program runs as the sandbox's private host uid, so the
// judge's user keeps its pipes; the driver makes and grows a pipe as that user during the run.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  int pipes = 0, grown = 0, refused = 0;
  long pages = 0;
  for (;;) {
    int fds[2];
    if (pipe(fds) != 0) break;  // EMFILE: the open-file limit
    ++pipes;
    const int size = fcntl(fds[1], F_SETPIPE_SZ, 1 << 20);
    if (size > 0) {
      ++grown;
      pages += size / 4096;
    } else if (errno == EPERM) {
      ++refused;  // over the soft limit: the quota is full for this uid
    }
  }
  usleep(1500 * 1000);  // the driver probes the host meanwhile
  printf("contained: %d pipes, %d grown (%ld pages), %d refused\n", pipes, grown, pages, refused);
  return 0;
}
