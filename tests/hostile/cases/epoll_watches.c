// Adds every epoll watch it can: fs.epoll.max_user_watches is per host uid, so charged to the
// judge's user the host's own epoll_ctl would fail. Every epoll instance watches every other open
// descriptor (watches grow with the square of the open-file limit), in as many processes as the
// process limit allows. The watches are charged to the sandbox's private host uid and their
// memory to the run's cgroup; the driver adds a watch as the judge's user during the run.
#include <errno.h>
#include <stdio.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/wait.h>
#include <unistd.h>

static long fill(void) {
  int epolls[128], targets[128];
  int ne = 0, nt = 0;
  while (ne < 128 && (epolls[ne] = epoll_create1(EPOLL_CLOEXEC)) >= 0) ++ne;
  while (nt < 128 && (targets[nt] = eventfd(0, EFD_CLOEXEC)) >= 0) ++nt;
  long watches = 0;
  for (int e = 0; e < ne; ++e) {
    for (int t = 0; t < nt; ++t) {
      struct epoll_event event = {.events = EPOLLIN};
      if (epoll_ctl(epolls[e], EPOLL_CTL_ADD, targets[t], &event) == 0) {
        ++watches;
      } else if (errno == ENOSPC || errno == ENOMEM) {
        return watches;
      }
    }
  }
  return watches;
}

int main(void) {
  int children = 0;
  for (; children < 8; ++children) {
    const pid_t pid = fork();
    if (pid < 0) break;  // the process limit
    if (pid == 0) {
      fill();
      usleep(1500 * 1000);
      _exit(0);
    }
  }
  const long watches = fill();
  usleep(1500 * 1000);  // the driver probes the host meanwhile
  while (wait(NULL) > 0) {
  }
  printf("contained: %ld watches here, %d more processes did the same\n", watches, children);
  return 0;
}
