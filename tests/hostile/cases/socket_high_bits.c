// AF_NETLINK hidden in a 64-bit register as 0xffffffff00000010: the kernel reads only the low
// 32 bits of the int family, so a filter comparing the whole register would let it through.
// Denied by name (socket).
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
  long fd = syscall(SYS_socket, 0xffffffff00000010L, 3L /* SOCK_RAW */, 0L);
  puts(fd >= 0 ? "PWNED-socket_high_bits: netlink socket opened" : "contained");
  return 0;
}
