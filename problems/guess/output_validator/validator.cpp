// Interactor for "Guess the Number" (Kattis protocol): validator input answer feedback_dir/.
// Reads the secret N from the input file, answers "? x" with "<" (N < x), ">" (N > x) or "="
// (N == x), and judges the final "! x". At most 30 questions. Exit 42 accepted, 43 wrong answer,
// with the reason in feedback_dir/judgemessage.txt. It does not wait for the submission's EOF
// after the final answer: a submission that keeps reading gets EOF when this program exits.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

namespace {

std::string g_feedback;

[[noreturn]] void verdict(int code, const std::string& message) {
  std::ofstream(g_feedback + "judgemessage.txt") << message << "\n";
  std::exit(code);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) return 1;  // not 42 or 43: a judge error, as it should be
  g_feedback = argv[3];
  long long secret = 0;
  if (!(std::ifstream(argv[1]) >> secret)) return 2;
  std::ios::sync_with_stdio(false);
  int questions = 0;
  for (;;) {
    std::string kind;
    long long guess = 0;
    if (!(std::cin >> kind)) verdict(43, "the submission ended before its final answer");
    if (!(std::cin >> guess)) verdict(43, "expected a number after '" + kind + "'");
    if (kind == "!") {
      if (guess != secret) {
        verdict(43, "final answer " + std::to_string(guess) + ", the number was " +
                        std::to_string(secret));
      }
      verdict(42, "found " + std::to_string(secret) + " with " + std::to_string(questions) +
                      " questions");
    }
    if (kind != "?") verdict(43, "expected '?' or '!', got '" + kind + "'");
    if (++questions > 30) verdict(43, "more than 30 questions");
    std::cout << (secret < guess ? "<" : secret > guess ? ">" : "=") << std::endl;
  }
}
