/* A fork bomb: every process forks without end. A process whose fork fails (EAGAIN at the
   cgroup's pids.max) waits forever; the first process exits 3 when its own fork fails, leaving
   all the others behind for the sandbox to kill. */
#include <unistd.h>

int main(void) {
  const pid_t first = getpid();
  for (;;) {
    if (fork() < 0) {
      if (getpid() == first) return 3;
      pause();
    }
  }
}
