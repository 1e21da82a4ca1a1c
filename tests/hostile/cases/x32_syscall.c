// An x32-ABI system call (getpid | 0x40000000) reaches the same kernel code under another
// number, so a filter written for x86_64 numbers could be bypassed: the run must be killed.
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
  long pid = syscall(0x40000000L | SYS_getpid);
  // x32 ptrace (0x40000000 | 521): what a bypass would actually be used for.
  long traced = syscall(0x40000000L | 521, 0 /* PTRACE_TRACEME */, 0, 0, 0);
  if (pid > 0 || traced == 0) {
    printf("PWNED-x32_syscall: getpid=%ld ptrace=%ld\n", pid, traced);
  } else {
    puts("contained");
  }
  return 0;
}
