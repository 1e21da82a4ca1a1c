// Closes stdout and stderr (so the judge sees EOF on both pipes) and keeps running: the judge
// must not take EOF for the end of the program; the wall limit ends it.
#include <unistd.h>

int main(void) {
  close(1);
  close(2);
  for (;;) pause();
}
