// Output validator for Pair Sum (Kattis protocol):
//   validator INPUT ANSWER FEEDBACK_DIR [args...] < team_output
// Exit 42 = accepted, 43 = wrong answer (reason in FEEDBACK_DIR/judgemessage.txt); any other exit
// code means the validator or the test data is broken (a judge error).
//
// The team output is untrusted: every token is read as a string and parsed by hand, so binary
// garbage, huge numbers or missing tokens end in a wrong answer, never a crash.
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace {

constexpr int kAccepted = 42;
constexpr int kWrongAnswer = 43;
constexpr int kJudgeError = 1;

std::string feedback_dir;

[[noreturn]] void finish(int code, const std::string& message) {
  std::ofstream(feedback_dir + "/judgemessage.txt") << message << '\n';
  if (code != kAccepted && code != kWrongAnswer) std::cerr << message << '\n';
  std::exit(code);
}

// An optional '-' and 1 to 18 digits: enough for every valid index, and no overflow.
std::optional<std::int64_t> parse_int(const std::string& token) {
  std::size_t pos = token.size() > 0 && token[0] == '-' ? 1 : 0;
  const std::size_t digits = token.size() - pos;
  if (digits == 0 || digits > 18) return std::nullopt;
  std::int64_t value = 0;
  for (; pos < token.size(); ++pos) {
    if (token[pos] < '0' || token[pos] > '9') return std::nullopt;
    value = value * 10 + (token[pos] - '0');
  }
  return token[0] == '-' ? -value : value;
}

// Shortens a token for the message, replacing bytes that are not printable ASCII.
std::string quote(const std::string& token) {
  std::string shown;
  for (std::size_t i = 0; i < token.size() && i < 20; ++i) {
    const unsigned char c = static_cast<unsigned char>(token[i]);
    shown += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '?';
  }
  return "\"" + shown + (token.size() > 20 ? "...\"" : "\"");
}

struct Instance {
  std::int64_t target = 0;
  std::vector<std::int64_t> values;
};

Instance read_input(const char* path) {
  std::ifstream in(path);
  Instance instance;
  std::int64_t n = 0;
  if (!(in >> n >> instance.target) || n < 2) finish(kJudgeError, "bad input file header");
  instance.values.resize(static_cast<std::size_t>(n));
  for (auto& value : instance.values) {
    if (!(in >> value)) finish(kJudgeError, "input file ends early");
  }
  return instance;
}

// Empty string when (i, j) is a valid pair, else why it is not.
std::string check_pair(const Instance& instance, std::int64_t i, std::int64_t j) {
  const auto n = static_cast<std::int64_t>(instance.values.size());
  if (i < 1 || i > n || j < 1 || j > n) {
    return "index out of range: " + std::to_string(i) + " " + std::to_string(j) +
           " (n = " + std::to_string(n) + ")";
  }
  if (i == j) return "the two positions must differ, got " + std::to_string(i) + " twice";
  const std::int64_t sum = instance.values[i - 1] + instance.values[j - 1];
  if (sum != instance.target) {
    return "a_" + std::to_string(i) + " + a_" + std::to_string(j) + " = " + std::to_string(sum) +
           ", expected " + std::to_string(instance.target);
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: " << argv[0] << " INPUT ANSWER FEEDBACK_DIR [args] < output\n";
    return kJudgeError;
  }
  feedback_dir = argv[3];
  const Instance instance = read_input(argv[1]);

  // The judge's own answer must be valid, or the test data is broken.
  std::ifstream answer(argv[2]);
  std::int64_t ai = 0, aj = 0;
  if (!(answer >> ai >> aj)) finish(kJudgeError, "answer file does not hold two integers");
  if (const std::string why = check_pair(instance, ai, aj); !why.empty()) {
    finish(kJudgeError, "answer file is wrong: " + why);
  }

  std::string tokens[3];
  int count = 0;
  while (count < 3 && std::cin >> tokens[count]) ++count;
  if (count < 2) finish(kWrongAnswer, "expected two integers, got " + std::to_string(count));
  if (count > 2) finish(kWrongAnswer, "extra output after the pair: " + quote(tokens[2]));
  const auto i = parse_int(tokens[0]);
  const auto j = parse_int(tokens[1]);
  if (!i) finish(kWrongAnswer, "first token is not an index: " + quote(tokens[0]));
  if (!j) finish(kWrongAnswer, "second token is not an index: " + quote(tokens[1]));
  if (const std::string why = check_pair(instance, *i, *j); !why.empty()) {
    finish(kWrongAnswer, why);
  }
  finish(kAccepted, "ok");
}
