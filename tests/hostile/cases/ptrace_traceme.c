// PTRACE_TRACEME: denied by seccomp; the verdict names ptrace.
#include <stdio.h>
#include <sys/ptrace.h>

int main(void) {
  if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) == 0) {
    puts("PWNED-ptrace_traceme: tracing enabled");
  } else {
    puts("contained");
  }
  return 0;
}
