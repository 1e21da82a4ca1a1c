/* The product in 32 bits: right on small tests, wrong (half the points each) on large ones. */
#include <stdio.h>

int main(void) {
  FILE* in = fopen("input.txt", "r");
  FILE* out = fopen("output.txt", "w");
  int a, b;
  if (!in || !out || fscanf(in, "%d %d", &a, &b) != 2) return 1;
  fprintf(out, "%d\n%d\n", a + b, (int)((unsigned)a * (unsigned)b));
  return 0;
}
