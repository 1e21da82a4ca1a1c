// The one header contest code includes (as Kattis and DOMjudge's g++ allow): A + B through
// containers and algorithms it brings in.
#include <bits/stdc++.h>

int main() {
  std::vector<long long> numbers;
  long long value;
  while (std::cin >> value) numbers.push_back(value);
  std::map<int, long long> by_index;
  for (std::size_t i = 0; i < numbers.size(); ++i) by_index[static_cast<int>(i)] = numbers[i];
  std::cout << std::accumulate(numbers.begin(), numbers.end(), 0LL) << '\n';
  return by_index.size() == 2 ? 0 : 1;
}
