// testlib interactor for "Guess the Number": reads the secret from the input file, answers
// "? x" with "<", ">" or "=". It rejects only a broken dialogue (an unknown command, more than
// 30 questions); the final "! x" and the number of questions go to tout, and the checker
// (check.cpp) decides whether x is right, as Polygon runs an interactor together with a checker.
#include "testlib.h"

int main(int argc, char* argv[]) {
  registerInteraction(argc, argv);
  const long long secret = inf.readLong();
  int questions = 0;
  for (;;) {
    const std::string kind = ouf.readToken();
    const long long guess = ouf.readLong();
    if (kind == "!") {
      tout << guess << " " << questions << std::endl;
      quitf(_ok, "answered %lld after %d questions", guess, questions);
    }
    if (kind != "?") quitf(_pe, "expected '?' or '!', got '%s'", kind.c_str());
    if (++questions > 30) quitf(_wa, "more than 30 questions");
    std::cout << (secret < guess ? "<" : secret > guess ? ">" : "=") << std::endl;
  }
}
