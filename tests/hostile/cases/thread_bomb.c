// Thread bomb: threads count against the run's process limit too.
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static void* idle(void* arg) {
  (void)arg;
  pause();
  return NULL;
}

int main(void) {
  int created = 0;
  for (int i = 0; i < 4096; i++) {
    pthread_t thread;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 65536);
    if (pthread_create(&thread, &attr, idle, NULL) == 0) created++;
    pthread_attr_destroy(&attr);
  }
  if (created >= 64) {
    printf("PWNED-thread_bomb: %d threads\n", created);
  } else {
    printf("contained after %d threads\n", created);
  }
  fflush(stdout);
  _exit(0);
}
