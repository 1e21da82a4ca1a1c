#include <iostream>
int main() {
  std::ios::sync_with_stdio(false);
  long long a = 0, b = 0;
  if (!(std::cin >> a >> b)) return 1;
  std::cout << a + b << '\n';
}
