#include <stdio.h>
int main(void) {
  printf("Hello World!\n")  /* missing semicolon */
  return 0;
}
