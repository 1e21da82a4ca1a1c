// Crashes with a core dump: the core size limit must be 0 (hard), or the host's core_pattern
// (often a pipe to a root helper) would run on the program's behalf.
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

int main(void) {
  struct rlimit limit = {RLIM_INFINITY, RLIM_INFINITY};
  setrlimit(RLIMIT_CORE, &limit);
  getrlimit(RLIMIT_CORE, &limit);
  if (limit.rlim_cur != 0) {
    printf("PWNED-core_dump: core size limit %llu\n", (unsigned long long)limit.rlim_cur);
  } else {
    puts("contained");
  }
  fflush(stdout);
  abort();
}
