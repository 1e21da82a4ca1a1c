// Changes the host name and the NIS domain name. The UTS namespace is the zygote's (shared by the
// judge's runs), and the program holds no capability in it: both calls must fail. The driver
// also checks that the host's name did not change.
#include <stdio.h>
#include <unistd.h>

int main(void) {
  int pwned = 0;
  if (sethostname("hx-pwned-host", 13) == 0) {
    puts("PWNED-hostname: sethostname worked");
    pwned = 1;
  }
  if (setdomainname("hx-pwned-domain", 15) == 0) {
    puts("PWNED-hostname: setdomainname worked");
    pwned = 1;
  }
  if (!pwned) puts("contained");
  return 0;
}
