// Checks the interactor's tout ("x questions") against the answer, which is the main solution's
// tout: the same x is right, whatever the number of questions.
#include "testlib.h"

int main(int argc, char* argv[]) {
  registerTestlibCmd(argc, argv);
  const long long expected = ans.readLong();
  const long long got = ouf.readLong();
  const int questions = ouf.readInt();
  if (got != expected) quitf(_wa, "answered %lld, the number was %lld", got, expected);
  quitf(_ok, "found %lld with %d questions", got, questions);
}
