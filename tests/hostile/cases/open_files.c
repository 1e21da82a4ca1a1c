// Opens files until the kernel refuses, after trying to lift its own open-file limit to
// fs.nr_open: open files are one pool for the whole host (fs.file-max). RLIMIT_NOFILE is set by
// the judge and cannot be raised (no capability), and the process limit bounds how many
// processes each hold that many; the driver opens a file on the host during the run.
#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static int fill(void) {
  int opened = 0;
  while (open("/dev/null", O_RDONLY) >= 0) ++opened;
  return opened;
}

int main(void) {
  struct rlimit big = {1 << 20, 1 << 20};
  if (setrlimit(RLIMIT_NOFILE, &big) == 0) {
    puts("PWNED-open_files: raised RLIMIT_NOFILE to 1048576");
    return 0;
  }
  int children = 0;
  for (; children < 16; ++children) {
    const pid_t pid = fork();
    if (pid < 0) break;
    if (pid == 0) {
      fill();
      usleep(1500 * 1000);
      _exit(0);
    }
  }
  const int opened = fill();
  if (opened > 4096) {
    printf("PWNED-open_files: opened %d files\n", opened);
    return 0;
  }
  usleep(1500 * 1000);  // the driver probes the host meanwhile
  while (wait(NULL) > 0) {
  }
  printf("contained: %d files here, %d more processes did the same\n", opened, children);
  return 0;
}
