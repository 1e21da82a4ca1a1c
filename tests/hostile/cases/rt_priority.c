// Real-time scheduling (SCHED_FIFO) or a negative nice value would let a busy loop starve the
// judge and the host; both need CAP_SYS_NICE. Also tries the real-time I/O priority class.
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
  int pwned = 0;
  struct sched_param param = {.sched_priority = 99};
  if (sched_setscheduler(0, SCHED_FIFO, &param) == 0) {
    puts("PWNED-rt_priority: SCHED_FIFO 99");
    pwned = 1;
  }
  if (setpriority(PRIO_PROCESS, 0, -20) == 0) {
    puts("PWNED-rt_priority: nice -20");
    pwned = 1;
  }
  // ioprio_set(IOPRIO_WHO_PROCESS, self, class RT (1) << 13 | level 0)
  if (syscall(SYS_ioprio_set, 1, 0, 1 << 13) == 0) {
    puts("PWNED-rt_priority: real-time I/O class");
    pwned = 1;
  }
  if (!pwned) puts("contained");
  return 0;
}
