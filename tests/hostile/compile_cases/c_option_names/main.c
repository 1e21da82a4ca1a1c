/* Compile-time attack through file names: the other file of this solution is named like a gcc
 * option (-Dcontained=PWNED...). Passed as an option, it would make this program print PWNED. */
#include <stdio.h>
#define STR(x) #x
#define XSTR(x) STR(x)
int main(void) {
  printf("%s\n", XSTR(contained));
  return 0;
}
