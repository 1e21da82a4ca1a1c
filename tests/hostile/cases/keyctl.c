// Kernel keyrings are not namespaced: keyctl is denied by name.
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
  // KEYCTL_GET_KEYRING_ID (0) of the user keyring (-4), creating it.
  long id = syscall(SYS_keyctl, 0, -4L, 1L);
  puts(id >= 0 ? "PWNED-keyctl: got the user keyring" : "contained");
  return 0;
}
