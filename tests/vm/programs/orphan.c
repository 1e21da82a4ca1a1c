/* Leaves a process running after main exits: a grandchild in its own session, named
   "vm-orphan", that ignores SIGHUP and SIGTERM. The answer itself is correct. */
#include <signal.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <unistd.h>

int main(void) {
  if (fork() == 0) {
    setsid();
    if (fork() == 0) {
      signal(SIGHUP, SIG_IGN);
      signal(SIGTERM, SIG_IGN);
      prctl(PR_SET_NAME, "vm-orphan");
      for (;;) pause();
    }
    _exit(0);
  }
  puts("Hello World!");
  return 0;
}
