// Accepts any proper divisor of n. The answer file holds one the judges found, checked too.
#include "testlib.h"

int main(int argc, char* argv[]) {
  registerTestlibCmd(argc, argv);
  long long n = inf.readLong(4, 1000000000000000000LL, "n");
  long long expected = ans.readLong();
  if (expected <= 1 || expected >= n || n % expected != 0) {
    quitf(_fail, "the answer %lld is not a proper divisor of %lld", expected, n);
  }
  long long d = ouf.readLong(2, n - 1, "d");
  if (n % d != 0) quitf(_wa, "%lld does not divide %lld", d, n);
  quitf(_ok, "%lld divides %lld", d, n);
}
