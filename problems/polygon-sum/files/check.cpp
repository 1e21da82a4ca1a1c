// The answer is one integer, the sum; any amount of white space around it is fine.
#include "testlib.h"

int main(int argc, char* argv[]) {
  registerTestlibCmd(argc, argv);
  long long expected = ans.readLong();
  long long got = ouf.readLong();
  ouf.readEof();
  if (got != expected) quitf(_wa, "expected %lld, found %lld", expected, got);
  quitf(_ok, "the sum is %lld", got);
}
