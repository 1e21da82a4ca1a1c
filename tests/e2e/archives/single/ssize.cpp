// Accepted on a judge that compiles C++20 or newer (Kattis): std::ssize is C++20.
#include <iostream>
#include <vector>

int main() {
  std::vector<long long> values(2);
  for (long long& value : values) std::cin >> value;
  long long sum = 0;
  for (std::ptrdiff_t i = 0; i < std::ssize(values); ++i) sum += values[i];
  std::cout << sum << "\n";
}
