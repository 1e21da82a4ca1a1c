// Creates files outside the work dir: in /, /usr, /etc, /home, /root, /var/tmp, /dev, /.host,
// the problem directory (its host path comes from readlink /proc/self/fd/0) and through
// /proc/1/root and /proc/1/cwd. Existing host files are only opened for writing, never changed.
// The driver checks that no hx-pwned file appeared on the host.
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int pwned = 0;

static void try_create(const char* dir) {
  char path[4096];
  snprintf(path, sizeof path, "%s/hx-pwned", dir);
  int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
  if (fd >= 0) {
    (void)write(fd, "pwned\n", 6);
    close(fd);
    if (strncmp(dir, "/box", 4) != 0 && strncmp(dir, "/tmp", 4) != 0) {
      printf("PWNED-write_outside: created %s\n", path);
      pwned = 1;
    }
  }
}

static void try_open_for_writing(const char* path) {
  int fd = open(path, O_WRONLY | O_APPEND);  // nothing is written
  if (fd >= 0) {
    close(fd);
    printf("PWNED-write_outside: %s is writable\n", path);
    pwned = 1;
  }
}

int main(void) {
  const char* dirs[] = {"/",
                        "/usr",
                        "/usr/bin",
                        "/etc",
                        "/home",
                        "/root",
                        "/var/tmp",
                        "/dev",
                        "/lib",
                        "/bin",
                        "/.host",
                        "/.host/tmp",
                        "/.host/etc",
                        "/proc/1/root",
                        "/proc/1/cwd",
                        "/proc/1/root/tmp",
                        "/proc/self/root/usr"};
  for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) try_create(dirs[i]);

  char input[4096] = {0};
  if (readlink("/proc/self/fd/0", input, sizeof input - 1) > 0) {
    char answer[4096];
    snprintf(answer, sizeof answer, "%s", input);
    char* dot = strrchr(answer, '.');
    if (dot != NULL) strcpy(dot, ".ans");
    try_open_for_writing(answer);
    char prefixed[8192];
    snprintf(prefixed, sizeof prefixed, "/.host%s", answer);
    try_open_for_writing(prefixed);
    char secret_dir[4096];
    snprintf(secret_dir, sizeof secret_dir, "%s", input);
    char* dir = dirname(secret_dir);
    try_create(dir);
    snprintf(prefixed, sizeof prefixed, "/.host%s", dir);
    try_create(prefixed);
    snprintf(prefixed, sizeof prefixed, "/proc/1/root%s", dir);
    try_create(prefixed);
  }
  try_open_for_writing("/etc/passwd");
  try_open_for_writing("/usr/bin/python3");
  try_open_for_writing("/etc/ld.so.cache");
  try_open_for_writing("/proc/1/exe");
  if (!pwned) puts("contained");
  return 0;
}
