// The new mount API (fsopen + fsmount + move_mount) does what mount does: denied; the verdict
// names fsopen.
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
  long fd = syscall(SYS_fsopen, "tmpfs", 0);
  puts(fd >= 0 ? "PWNED-fsopen: filesystem context created" : "contained");
  return 0;
}
