// Creates POSIX message queues until the kernel refuses and holds them: their bytes count against
// RLIMIT_MSGQUEUE of the namespace's owner at every level up to the host, so charged to the
// judge's user they would leave it none. The sandbox's namespace caps them at a quarter of the
// owner's limit; the driver creates a queue from the host side, as that user, during the run.
#include <fcntl.h>
#include <mqueue.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
  int queues = 0;
  for (long size = 8192; size >= 64; size /= 2) {
    struct mq_attr attr = {0};
    attr.mq_maxmsg = 10;
    attr.mq_msgsize = size;
    for (;;) {
      char name[32];
      snprintf(name, sizeof name, "/hx-%d", queues);
      if (mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr) == (mqd_t)-1) break;
      ++queues;
    }
  }
  fprintf(stderr, "holding %d queues\n", queues);
  usleep(1500 * 1000);  // the driver probes the host meanwhile
  puts("contained");
  return 0;
}
