/* Asks one question, then dereferences a null pointer. The interactor then reads EOF and rejects,
 * but the submission ended first: RE. */
#include <stdio.h>

int main(void) {
  char reply[8];
  printf("? 1\n");
  fflush(stdout);
  if (scanf("%7s", reply) != 1) return 0;
  volatile int* nowhere = NULL;
  return *nowhere;
}
