// Queues real-time signals to itself until the kernel refuses (EAGAIN) and keeps them pending:
// they count against RLIMIT_SIGPENDING of the namespace's owner at every level up to the host.
// The sandbox's namespace caps them; the driver queues a signal from the host side, as the
// judge's user, during the run.
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
  sigset_t rt;
  sigemptyset(&rt);
  sigaddset(&rt, SIGRTMIN);
  sigprocmask(SIG_BLOCK, &rt, NULL);
  long queued = 0;
  union sigval value = {0};
  while (queued < 10000000 && sigqueue(getpid(), SIGRTMIN, value) == 0) ++queued;
  fprintf(stderr, "holding %ld queued signals\n", queued);
  usleep(1500 * 1000);  // the driver probes the host meanwhile
  puts("contained");
  return 0;
}
