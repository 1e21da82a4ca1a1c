// Answers at once, wrongly, then spins. The validator rejects the answer and exits 43 first,
// so the verdict is WA although this program would have run into the time limit.
#include <iostream>

int main() {
  std::cout << "! 1" << std::endl;
  volatile unsigned long spin = 0;
  for (;;) ++spin;
}
