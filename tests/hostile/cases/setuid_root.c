// Tries to become root or gain capabilities directly: setuid/setgid/setresuid/setgroups to 0,
// capset of every capability, and raising a hard resource limit.
#define _GNU_SOURCE
#include <grp.h>
#include <linux/capability.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
  int pwned = 0;
  if (setgroups(0, NULL) == 0) {  // dropping supplementary groups also needs CAP_SETGID
    puts("PWNED-setuid_root: setgroups worked");
    pwned = 1;
  }
  if (setresgid(0, 0, 0) == 0 || setgid(0) == 0) {
    puts("PWNED-setuid_root: became gid 0");
    pwned = 1;
  }
  if (setresuid(0, 0, 0) == 0 || setuid(0) == 0 || geteuid() == 0) {
    puts("PWNED-setuid_root: became uid 0");
    pwned = 1;
  }
  struct __user_cap_header_struct header = {_LINUX_CAPABILITY_VERSION_3, 0};
  struct __user_cap_data_struct data[2] = {{~0u, ~0u, ~0u}, {~0u, ~0u, ~0u}};
  if (syscall(SYS_capset, &header, data) == 0) {
    puts("PWNED-setuid_root: capset worked");
    pwned = 1;
  }
  const int resources[] = {RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_NPROC, RLIMIT_AS, RLIMIT_DATA};
  for (int i = 0; i < 5; i++) {
    struct rlimit limit;
    if (getrlimit(resources[i], &limit) != 0 || limit.rlim_max == RLIM_INFINITY) continue;
    limit.rlim_max = RLIM_INFINITY;
    limit.rlim_cur = RLIM_INFINITY;
    if (setrlimit(resources[i], &limit) == 0) {
      printf("PWNED-setuid_root: raised hard rlimit %d\n", resources[i]);
      pwned = 1;
    }
  }
  if (!pwned) puts("contained");
  return 0;
}
