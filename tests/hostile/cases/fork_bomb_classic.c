// The classic `while (1) fork();`: it never ends by itself, so the judge must stop it (CPU or
// wall limit) and then kill every process it made; nothing may be left on the host.
#include <unistd.h>

int main(void) {
  for (;;) fork();
}
