// Allocates and touches 1 GiB, 1 MiB at a time, keeping every block.
#include <iostream>
#include <vector>
int main() {
  std::vector<std::vector<char>> chunks;
  for (int i = 0; i < 1024; ++i) chunks.emplace_back(1 << 20, static_cast<char>(i));
  std::cout << chunks.size() << '\n';
}
