#include <stdio.h>
#include <stdlib.h>

int main(void) {
  puts("Hello World!"); /* correct output, but a non-zero exit is still a run-time error */
  exit(3);
}
