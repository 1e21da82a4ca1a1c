// Reads pid 1's memory with process_vm_readv: denied; the verdict names the call.
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/uio.h>

int main(void) {
  char buffer[64];
  struct iovec local = {buffer, sizeof buffer};
  struct iovec remote = {(void*)0x400000, sizeof buffer};
  if (process_vm_readv(1, &local, 1, &remote, 1, 0) > 0) {
    puts("PWNED-process_vm_readv: read init's memory");
  } else {
    puts("contained");
  }
  return 0;
}
