// Writes below a read-only bind: the driver mounts a writable tmpfs at /usr/local/games in the
// judge's own mount namespace (as a host may mount something under /usr). Every read-only bind
// is read-only all the way down, so the write fails.
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  FILE* f = fopen("/usr/local/games/hx-pwned", "w");
  if (f != NULL) {
    puts("PWNED-submount: wrote below a read-only bind");
    return 0;
  }
  printf("contained-%s\n", errno == EROFS ? "EROFS" : errno == ENOENT ? "ENOENT" : "other");
  return 0;
}
