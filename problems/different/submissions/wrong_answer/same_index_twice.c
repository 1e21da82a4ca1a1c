/* Allows i == j: answers "1 1" when 2 * a_1 = t. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int n = 0;
  long long target = 0;
  if (scanf("%d %lld", &n, &target) != 2) return 1;
  long long* a = malloc(sizeof *a * (size_t)n);
  for (int i = 0; i < n; i++)
    if (scanf("%lld", &a[i]) != 1) return 1;
  for (int i = 0; i < n; i++)
    for (int j = i; j < n; j++)
      if (a[i] + a[j] == target) {
        printf("%d %d\n", i + 1, j + 1);
        return 0;
      }
  return 0;
}
