// Accepts any "a b" with a, b > 1 and a * b = n (the input); the answer file is one example.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

namespace {

int judge(const char* feedback_dir, const std::string& why, int code) {
  std::ofstream(std::string(feedback_dir) + "judgemessage.txt") << why << "\n";
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) return 1;
  unsigned long long n = 0;
  if (!(std::ifstream(argv[1]) >> n)) return 1;  // a broken input is a judge error
  unsigned long long a = 0, b = 0;
  if (!(std::cin >> a >> b)) return judge(argv[3], "expected two integers a b", 43);
  std::string extra;
  if (std::cin >> extra) return judge(argv[3], "more than two tokens", 43);
  if (a < 2 || b < 2) return judge(argv[3], "a factor is 1 or less", 43);
  if (a > n / b || a * b != n) return judge(argv[3], "a * b is not n", 43);
  return judge(argv[3], "ok", 42);
}
