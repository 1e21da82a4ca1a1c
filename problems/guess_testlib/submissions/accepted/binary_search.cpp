// Binary search over [1, 1e9]: at most 30 questions. std::endl flushes every question.
#include <iostream>
#include <string>

int main() {
  long long lo = 1, hi = 1000000000;
  for (;;) {
    const long long mid = lo + (hi - lo) / 2;
    std::cout << "? " << mid << std::endl;
    std::string reply;
    if (!(std::cin >> reply)) return 0;
    if (reply == "=") {
      std::cout << "! " << mid << std::endl;
      return 0;
    }
    if (reply == "<") hi = mid - 1;
    else lo = mid + 1;
  }
}
