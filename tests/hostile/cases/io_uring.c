// io_uring_setup: io_uring runs I/O the seccomp filter never sees; denied by name.
#include <linux/io_uring.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
  struct io_uring_params params;
  memset(&params, 0, sizeof params);
  long fd = syscall(SYS_io_uring_setup, 8, &params);
  puts(fd >= 0 ? "PWNED-io_uring: ring created" : "contained");
  return 0;
}
