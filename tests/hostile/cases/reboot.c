// reboot(2) is denied by name. The magic numbers are deliberately wrong, so even a broken
// sandbox gets EINVAL instead of restarting the machine.
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
  long result = syscall(SYS_reboot, 0x12345678L, 0x1L, 0x4321fedcL, 0L);
  puts(result == 0 ? "PWNED-reboot: accepted" : "contained");
  return 0;
}
