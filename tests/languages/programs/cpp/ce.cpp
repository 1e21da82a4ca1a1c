#include <iostream>
int main() {
  std::string text = 42;  // no conversion from int
  std::cout << text << '\n';
}
