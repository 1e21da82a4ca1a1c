#include <cstdio>
#include <unordered_map>

int main() {
  int n = 0;
  long long target = 0;
  if (std::scanf("%d %lld", &n, &target) != 2) return 1;
  std::unordered_map<long long, int> first_position;
  first_position.reserve(static_cast<std::size_t>(n) * 2);
  for (int j = 1; j <= n; ++j) {
    long long value = 0;
    if (std::scanf("%lld", &value) != 1) return 1;
    if (auto it = first_position.find(target - value); it != first_position.end()) {
      std::printf("%d %d\n", it->second, j);
      return 0;
    }
    first_position.emplace(value, j);
  }
  return 1;
}
