// The default validator ignores differences in the amount of whitespace.
#include <cstdio>

int main() {
  std::printf("  Hello   World!\n\n");
  return 0;
}
