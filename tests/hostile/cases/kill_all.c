// Signals everything it can reach: kill(-1), its parent, pid 1 and every pid up to 65536. The
// run's pid namespace holds only its own processes and init ignores signals it has no handler
// for, so the judge (and the driver's canary process) must survive and report a verdict.
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
  int reached = 0;
  const pid_t self = getpid();
  kill(-1, SIGKILL);
  kill(getppid(), SIGKILL);
  kill(1, SIGKILL);
  kill(1, SIGTERM);
  for (pid_t pid = 2; pid < 65536; pid++) {
    if (pid != self && kill(pid, SIGKILL) == 0) reached++;
  }
  // Being alive here means the kills were contained; the host-side checks do the judging.
  printf("contained: %d other processes signalled\n", reached);
  return 0;
}
