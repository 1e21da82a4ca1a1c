// A raw AF_PACKET socket (link-layer access): denied by name (socket).
#include <arpa/inet.h>
#include <linux/if_ether.h>
#include <stdio.h>
#include <sys/socket.h>

int main(void) {
  int fd = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
  puts(fd >= 0 ? "PWNED-af_packet: packet socket opened" : "contained");
  return 0;
}
