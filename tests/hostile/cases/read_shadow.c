// Reads /etc/shadow through every path that might reach the host's copy.
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  const char* paths[] = {"/etc/shadow",
                         "/.host/etc/shadow",
                         "/proc/1/root/etc/shadow",
                         "/proc/self/root/etc/shadow",
                         "/proc/1/cwd/etc/shadow",
                         "/../../etc/shadow",
                         "/etc/gshadow",
                         "/.host/etc/gshadow"};
  int pwned = 0;
  for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
    int fd = open(paths[i], O_RDONLY);
    if (fd < 0) continue;
    char buffer[256] = {0};
    ssize_t n = read(fd, buffer, sizeof buffer - 1);
    close(fd);
    if (n > 0 && strstr(buffer, "root:") != NULL) {
      printf("PWNED-read_shadow: %s\n", paths[i]);
      pwned = 1;
    }
  }
  if (!pwned) puts("contained");
  return 0;
}
