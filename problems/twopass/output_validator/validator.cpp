// Multi-pass validator for "Two Passes" (Kattis protocol). The input is "PASS VALUE". Pass 1
// wants 2 x VALUE, and on success writes nextpass.in = "2 <that output>" and exits 42 to ask for
// pass 2; pass 2 wants VALUE + 1, and its 42 (without nextpass.in) ends the test.
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
  if (argc < 4) return 1;
  const std::string feedback = argv[3];
  long long pass = 0, value = 0, got = 0;
  if (!(std::ifstream(argv[1]) >> pass >> value)) return 2;
  const long long want = pass == 1 ? 2 * value : value + 1;
  std::ofstream message(feedback + "judgemessage.txt");
  if (!(std::cin >> got) || got != want) {
    message << "pass " << pass << ": expected " << want << "\n";
    return 43;
  }
  if (pass == 1) std::ofstream(feedback + "nextpass.in") << 2 << " " << got << "\n";
  message << "pass " << pass << " ok\n";
  return 42;
}
