// Takes every kernel AIO event it can and holds them: fs.aio-max-nr is one pool for the whole
// host, so io_setup would fail for everyone else. io_setup fails with ENOSYS in the sandbox; the
// driver checks from the host side, during the run, that the host can still call it.
#include <errno.h>
#include <linux/aio_abi.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
  long events = 0;
  for (unsigned size = 1u << 16; size > 0; size /= 2) {
    for (;;) {
      aio_context_t context = 0;
      if (syscall(SYS_io_setup, size, &context) != 0) break;
      events += size;
    }
    if (errno == ENOSYS) break;
  }
  fprintf(stderr, "holding %ld AIO events\n", events);
  usleep(1500 * 1000);  // the driver probes the host meanwhile
  puts(errno == ENOSYS ? "contained-ENOSYS" : "contained-held");
  return 0;
}
