// Mounts a tmpfs over /box, and the host's root again: denied; the verdict names mount.
#include <stdio.h>
#include <sys/mount.h>

int main(void) {
  int a = mount("none", "/box", "tmpfs", 0, NULL);
  int b = mount("/.host", "/tmp", NULL, MS_BIND | MS_REC, NULL);
  puts(a == 0 || b == 0 ? "PWNED-mount: mounted" : "contained");
  return 0;
}
