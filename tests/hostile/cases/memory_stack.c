// Stack bomb: unbounded recursion with 64 KiB frames that are really used.
#include <stdio.h>
#include <string.h>

static unsigned long depth_reached = 0;

static unsigned long recurse(unsigned long depth) {
  volatile char frame[65536];
  memset((char*)frame, (int)depth, sizeof frame);
  depth_reached = depth;
  if (depth > 32768) return frame[100];  // 2 GiB of stack: far past any limit
  return recurse(depth + 1) + frame[depth % sizeof frame];
}

int main(void) {
  unsigned long r = recurse(0);
  printf("PWNED-memory_stack: %lu frames (%lu)\n", depth_reached, r);
  return 0;
}
