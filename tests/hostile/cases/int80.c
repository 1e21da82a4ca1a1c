// An i386-ABI system call through int 0x80 (a 64-bit process may use it): i386 numbers differ
// from x86_64 ones (26 is ptrace there, msync here), so the run must be killed before the kernel
// runs it.
#include <stdio.h>

int main(void) {
  long result;
  // i386 ptrace(PTRACE_TRACEME, 0, 0, 0)
  __asm__ volatile("int $0x80"
                   : "=a"(result)
                   : "a"(26L), "b"(0L), "c"(0L), "d"(0L), "S"(0L)
                   : "memory");
  if (result == 0) {
    puts("PWNED-int80: i386 ptrace worked");
  } else {
    printf("contained (int 0x80 returned %ld)\n", result);
  }
  return 0;
}
