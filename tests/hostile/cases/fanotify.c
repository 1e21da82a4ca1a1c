// fanotify watches file access system-wide; unprivileged groups exist since Linux 5.13.
#include <fcntl.h>
#include <stdio.h>
#include <sys/fanotify.h>

int main(void) {
  const int fd = fanotify_init(FAN_CLASS_NOTIF | FAN_REPORT_FID, O_RDONLY);
  puts(fd >= 0 ? "PWNED-fanotify: group created" : "contained");
  return 0;
}
