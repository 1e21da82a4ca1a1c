#include <cstdio>

int main() {
  int n = 0;
  if (std::scanf("%d", &n) != 1) return 1;
  long long sum = 0;
  for (int i = 0; i < n; ++i) {
    long long x = 0;
    if (std::scanf("%lld", &x) != 1) return 1;
    sum += x;
  }
  std::printf("%lld\n", sum);
}
