// testlib interactor for "Guess the Number": reads the secret from the input file, answers
// "? x" with "<", ">" or "=", judges the final "! x"; at most 30 questions. Writes the number of
// questions to tout.
#include "testlib.h"

int main(int argc, char* argv[]) {
  registerInteraction(argc, argv);
  const long long secret = inf.readLong();
  int questions = 0;
  for (;;) {
    const std::string kind = ouf.readToken();
    const long long guess = ouf.readLong();
    if (kind == "!") {
      tout << questions << std::endl;
      if (guess != secret) quitf(_wa, "final answer %lld, the number was %lld", guess, secret);
      quitf(_ok, "found %lld with %d questions", secret, questions);
    }
    if (kind != "?") quitf(_pe, "expected '?' or '!', got '%s'", kind.c_str());
    if (++questions > 30) quitf(_wa, "more than 30 questions");
    std::cout << (secret < guess ? "<" : secret > guess ? ">" : "=") << std::endl;
  }
}
