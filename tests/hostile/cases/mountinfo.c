// Reads /proc/self/mountinfo and /proc/self/mounts looking for the host's layout: the old root
// (/.host), the judge's staging directories (judge-XXXXXX under TMPDIR), the host's home and work
// trees, a host path given to overlayfs. A mount's root (the path inside its filesystem) must be
// "/" or the path it is mounted at (a bound /usr is /usr, /dev/null is /null of devtmpfs):
// anything else names a host path the program was not given.
#include <stdio.h>
#include <string.h>

static const char* const kForbidden[] = {"/.host", "judge-", "/work", "/root", "/home",
                                         "lowerdir=/", "upperdir=/tmp", "/var/tmp"};

static int leaks(const char* text) {
  for (unsigned i = 0; i < sizeof kForbidden / sizeof kForbidden[0]; ++i) {
    if (strstr(text, kForbidden[i]) != NULL) return 1;
  }
  return 0;
}

static int ends_with(const char* text, const char* suffix) {
  const size_t n = strlen(text), m = strlen(suffix);
  return m <= n && strcmp(text + n - m, suffix) == 0;
}

int main(void) {
  char line[8192];
  int lines = 0;
  FILE* f = fopen("/proc/self/mountinfo", "r");
  if (f == NULL) {
    puts("contained-no-mountinfo");
    return 0;
  }
  while (fgets(line, sizeof line, f) != NULL) {
    ++lines;
    char root[4096], point[4096];
    if (leaks(line) || sscanf(line, "%*s %*s %*s %4095s %4095s", root, point) != 2 ||
        (strcmp(root, "/") != 0 && !ends_with(point, root))) {
      printf("PWNED-mountinfo: %s", line);
      return 0;
    }
  }
  fclose(f);
  f = fopen("/proc/self/mounts", "r");
  while (f != NULL && fgets(line, sizeof line, f) != NULL) {
    if (leaks(line)) {
      printf("PWNED-mountinfo: %s", line);
      return 0;
    }
  }
  if (f != NULL) fclose(f);
  printf("contained: %d mounts\n", lines);
  return 0;
}
