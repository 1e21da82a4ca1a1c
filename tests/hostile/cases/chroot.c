// The classic chroot escape (chroot into a subdirectory, then climb out with ..): denied; the
// verdict names chroot.
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  mkdir("/box/jail", 0755);
  if (chroot("/box/jail") == 0) {
    for (int i = 0; i < 64; i++) chdir("..");
    if (chroot(".") == 0 && access("/etc/shadow", R_OK) == 0) {
      puts("PWNED-chroot: escaped");
      return 0;
    }
  }
  puts("contained");
  return 0;
}
