// socketpair with a family outside the allowlist (AF_UNIX, AF_INET, AF_INET6): a distribution
// kernel would load the family's module on first use. Once only socket() was filtered.
#include <stdio.h>
#include <sys/socket.h>

int main(void) {
  int pair[2];
  const int rc = socketpair(AF_TIPC, SOCK_SEQPACKET, 0, pair);
  puts(rc == 0 ? "PWNED-socketpair: TIPC pair created" : "contained");
  return 0;
}
