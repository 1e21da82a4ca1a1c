// Writing one's own memory through /proc/self/mem is harmless and allowed; opening pid 1's (the
// init, outside the program's control) must fail, for reading and for writing.
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

static volatile int target = 1;

int main(void) {
  int self = open("/proc/self/mem", O_RDWR);
  int value = 42;
  int self_ok = self >= 0 &&
                pwrite(self, &value, sizeof value, (off_t)(uintptr_t)&target) == sizeof value &&
                target == 42;
  if (self >= 0) close(self);
  int pwned = 0;
  const char* others[] = {"/proc/1/mem", "/proc/1/task/1/mem"};
  for (int i = 0; i < 2; i++) {
    int fd = open(others[i], O_RDONLY);
    if (fd >= 0) {
      printf("PWNED-proc_mem: opened %s\n", others[i]);
      pwned = 1;
      close(fd);
    }
  }
  int ppid_fd = open("/proc/1/mem", O_RDWR);
  if (ppid_fd >= 0) {
    printf("PWNED-proc_mem: opened /proc/1/mem for writing\n");
    pwned = 1;
  }
  // The first token tells the driver both facts: contained, and the harmless write worked.
  if (!pwned) puts(self_ok ? "contained-selfmem-ok" : "contained-selfmem-failed");
  return 0;
}
