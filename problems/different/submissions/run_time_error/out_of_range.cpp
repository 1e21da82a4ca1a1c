// The vector is never filled, so at() throws std::out_of_range: uncaught, it aborts the program.
#include <iostream>
#include <vector>

int main() {
  int n = 0;
  long long target = 0;
  std::cin >> n >> target;
  std::vector<long long> values;  // never filled
  std::cout << values.at(static_cast<std::size_t>(n) - 1) + target << '\n';
}
