// Creates empty files (no bytes, so no size limit stops them) and directories in /tmp and /box
// until the kernel refuses. Each is a tmpfs of its own with an inode bound (4096 for a test's
// 64 MiB, see man judge); without one, a run could pin half the host's RAM in inodes. Contained
// when each stops with ENOSPC near its bound and the other still has room.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int fill(const char* dir, int* error) {
  char name[64];
  int made = 0;
  for (; made < 200000; ++made) {
    snprintf(name, sizeof name, "%s/i%d", dir, made);
    const int fd = made % 2 ? mkdir(name, 0755) : open(name, O_CREAT | O_WRONLY, 0644);
    if (fd < 0) break;
    if (made % 2 == 0) close(fd);
  }
  *error = errno;
  return made;
}

int main(void) {
  int tmp_error = 0, box_error = 0;
  const int in_tmp = fill("/tmp", &tmp_error);
  const int in_box = fill("/box", &box_error);  // the other bound: /tmp did not use it up
  fprintf(stderr, "/tmp: %d entries (%s), /box: %d entries (%s)\n", in_tmp, strerror(tmp_error),
          in_box, strerror(box_error));
  if (in_tmp > 8192 || in_box > 8192) {
    printf("PWNED-fill_inodes: %d entries in /tmp, %d in /box\n", in_tmp, in_box);
  } else if (tmp_error != ENOSPC || box_error != ENOSPC || in_box < 1000) {
    printf("wrong: /tmp %d (%s), /box %d (%s)\n", in_tmp, strerror(tmp_error), in_box,
           strerror(box_error));
  } else {
    printf("contained: /tmp %d, /box %d\n", in_tmp, in_box);
  }
  return 0;
}
