#include <iostream>

int main() {
  long long a = 0, b = 0;
  std::cin >> a >> b;
  volatile int* nowhere = nullptr;
  *nowhere = static_cast<int>(a + b);  // SIGSEGV
  std::cout << a + b << '\n';
}
