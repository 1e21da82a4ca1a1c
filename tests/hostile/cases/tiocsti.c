// TIOCSTI pushes keystrokes into a terminal's input queue: on stdin, on /dev/tty and on the
// judge's terminal if one leaked in. Denied by name (ioctl).
#include <fcntl.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>

int main(void) {
  const char* command = "echo PWNED-tiocsti\n";
  int worked = 0;
  int tty = open("/dev/tty", O_RDWR);
  int fds[] = {0, 1, 2, tty};
  for (int i = 0; i < 4; i++) {
    if (fds[i] < 0) continue;
    for (const char* c = command; *c != '\0'; c++) {
      if (ioctl(fds[i], TIOCSTI, c) == 0) worked = 1;
    }
  }
  puts(worked ? "PWNED-tiocsti: injected input" : "contained");
  return 0;
}
