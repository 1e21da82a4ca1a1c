// A raw clone(2) with namespace flags is unshare in disguise: denied; the verdict names clone.
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
  long pid = syscall(SYS_clone, CLONE_NEWNS | CLONE_NEWUSER | SIGCHLD, 0, 0, 0, 0);
  if (pid == 0) _exit(0);
  puts(pid > 0 ? "PWNED-clone_newns: child in new namespaces" : "contained");
  return 0;
}
