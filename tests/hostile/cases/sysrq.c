// Opens /proc/sysrq-trigger for writing (it writes nothing: one letter could reboot the host).
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
  const char* paths[] = {"/proc/sysrq-trigger", "/.host/proc/sysrq-trigger",
                         "/proc/1/root/proc/sysrq-trigger"};
  int pwned = 0;
  for (int i = 0; i < 3; i++) {
    int fd = open(paths[i], O_WRONLY);
    if (fd >= 0) {
      printf("PWNED-sysrq: %s is writable\n", paths[i]);
      pwned = 1;
      close(fd);
    }
  }
  if (!pwned) puts("contained");
  return 0;
}
