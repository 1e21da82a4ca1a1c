#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int n = 0;
  if (scanf("%d", &n) != 1) return 0;
  if (n > 0) abort(); /* SIGABRT */
  return 0;
}
