// The answer is two integers, the sum and the product. The right sum with a wrong product earns
// half of the test (quitp 50: problem.xml treats checker points as a percent of the test's).
#include "testlib.h"

int main(int argc, char* argv[]) {
  registerTestlibCmd(argc, argv);
  long long sum = ans.readLong();
  long long product = ans.readLong();
  long long got_sum = ouf.readLong();
  if (got_sum != sum) quitf(_wa, "the sum: expected %lld, found %lld", sum, got_sum);
  long long got_product = ouf.readLong();
  if (got_product != product) {
    quitp(50, "the sum is right, the product is not: expected %lld, found %lld", product,
          got_product);
  }
  ouf.readEof();
  quitf(_ok, "sum %lld, product %lld", sum, product);
}
