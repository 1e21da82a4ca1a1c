// userfaultfd lets an exploit stall the kernel mid-copy: denied by name.
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
  long fd = syscall(SYS_userfaultfd, 0);
  puts(fd >= 0 ? "PWNED-userfaultfd: created" : "contained");
  return 0;
}
