// About 1.3 s of CPU before answering: AC only under the package's 3 s from .timelimit (the
// default 1 s would make it TLE).
#include <ctime>
#include <iostream>

int main() {
  long long a = 0, b = 0;
  std::cin >> a >> b;
  volatile unsigned sink = 0;
  std::clock_t begin = std::clock();
  while (std::clock() - begin < CLOCKS_PER_SEC * 13 / 10) sink = sink + 1;
  std::cout << a + b << "\n";
}
