// Sorts the numbers with bubble sort before adding them: about 2e10 comparisons on the large case.
#include <cstdio>
#include <utility>
#include <vector>

int main() {
  int n = 0;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<long long> values(static_cast<std::size_t>(n));
  for (auto& x : values)
    if (std::scanf("%lld", &x) != 1) return 1;
  for (std::size_t i = 0; i < values.size(); ++i)
    for (std::size_t j = 0; j + 1 < values.size() - i; ++j)
      if (values[j] > values[j + 1]) std::swap(values[j], values[j + 1]);
  long long sum = 0;
  for (long long x : values) sum += x;
  // The smallest value is printed too (to stderr) so the sort cannot be optimised away.
  std::fprintf(stderr, "min %lld\n", values.front());
  std::printf("%lld\n", sum);
}
