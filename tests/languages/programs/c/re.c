/* Dereferences a null pointer: SIGSEGV. */
#include <stdio.h>
int main(void) {
  volatile int* pointer = NULL;
  printf("%d\n", *pointer);
  return 0;
}
