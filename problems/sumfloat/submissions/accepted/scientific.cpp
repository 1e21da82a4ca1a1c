// Scientific notation is a valid float token when a tolerance is set.
#include <cstdio>

int main() {
  int n = 0;
  if (std::scanf("%d", &n) != 1 || n <= 0) return 1;
  long double sum = 0;
  for (int i = 0; i < n; ++i) {
    double x = 0;
    if (std::scanf("%lf", &x) != 1) return 1;
    sum += x;
  }
  std::printf("%.12Le\n", sum / n);
}
