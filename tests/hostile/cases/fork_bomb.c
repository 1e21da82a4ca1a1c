// Fork bomb, counted: the main process forks as many children as it can (each child just
// waits) and reports how many it got. Contained when the run's process limit (pids.max or
// RLIMIT_NPROC) makes fork fail long before 64. fork_bomb_classic.c is the exponential kind.
#include <stdio.h>
#include <unistd.h>

int main(void) {
  int created = 0;
  for (int i = 0; i < 4096; i++) {
    pid_t pid = fork();
    if (pid == 0) {
      for (;;) pause();
    }
    if (pid > 0) created++;
  }
  if (created >= 64) {
    printf("PWNED-fork_bomb: %d processes\n", created);
  } else {
    printf("contained after %d forks\n", created);
  }
  return 0;
}
