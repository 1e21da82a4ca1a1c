// Writes below a read-only bind: the driver mounts a writable tmpfs at /usr/local/games in the
// judge's own mount namespace (as a host may mount something under /usr). Every read-only bind
// is read-only all the way down, so the write fails; and the mount is shown (the driver left a
// marker file in it), not hidden.
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  FILE* f = fopen("/usr/local/games/hx-pwned", "w");
  if (f != NULL) {
    puts("PWNED-submount: wrote below a read-only bind");
    return 0;
  }
  const char* why = errno == EROFS ? "EROFS" : errno == ENOENT ? "ENOENT" : "other";
  FILE* marker = fopen("/usr/local/games/hx-marker", "r");
  printf("contained-%s-%s\n", why, marker != NULL ? "shown" : "hidden");
  if (marker != NULL) fclose(marker);
  return 0;
}
