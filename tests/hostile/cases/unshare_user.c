// unshare(CLONE_NEWUSER): a new user namespace would give the program every capability in it;
// denied; the verdict names unshare.
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>

int main(void) {
  puts(unshare(CLONE_NEWUSER | CLONE_NEWNS) == 0 ? "PWNED-unshare_user: new namespaces"
                                                 : "contained");
  return 0;
}
