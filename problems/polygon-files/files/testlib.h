// A compact testlib.h, written for the judge's tests from testlib's documented interface: checkers
// (registerTestlibCmd), interactors (registerInteraction) and validators (registerValidation), the
// InStream readers inf/ouf/ans, quit/quitf/quitp and the standard exit codes
// (0 OK, 1 WA, 2 PE, 3 FAIL, 7 points). It is not testlib: generators, random numbers and the
// XML result file are left out. One translation unit per program includes it.
#ifndef JUDGE_COMPACT_TESTLIB_H
#define JUDGE_COMPACT_TESTLIB_H

#include <cctype>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

enum TResult { _ok = 0, _wa = 1, _pe = 2, _fail = 3, _dirt = 4, _points = 5, _unexpected_eof = 8 };
enum TMode { _input, _output, _answer };
enum TTestlibMode { _unknown, _checker, _validator, _interactor };

const double EPS = 1e-9;

inline std::string format(const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  va_list copy;
  va_copy(copy, args);
  int n = std::vsnprintf(nullptr, 0, fmt, copy);
  va_end(copy);
  std::string out(n > 0 ? static_cast<size_t>(n) : 0, '\0');
  if (n > 0) std::vsnprintf(out.data(), out.size() + 1, fmt, args);
  va_end(args);
  return out;
}

inline std::string vformat_(const char* fmt, va_list args) {
  va_list copy;
  va_copy(copy, args);
  int n = std::vsnprintf(nullptr, 0, fmt, copy);
  va_end(copy);
  std::string out(n > 0 ? static_cast<size_t>(n) : 0, '\0');
  if (n > 0) std::vsnprintf(out.data(), out.size() + 1, fmt, args);
  return out;
}

template <typename T>
std::string vtos(const T& value) {
  std::ostringstream out;
  out << value;
  return out.str();
}
template <typename T>
std::string toString(const T& value) {
  return vtos(value);
}

inline std::string englishEnding(long long x) {
  long long last2 = x % 100, last = x % 10;
  if (last == 1 && last2 != 11) return vtos(x) + "st";
  if (last == 2 && last2 != 12) return vtos(x) + "nd";
  if (last == 3 && last2 != 13) return vtos(x) + "rd";
  return vtos(x) + "th";
}

inline std::string upperCase(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}
inline std::string lowerCase(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Shortens a token for a message, so a flood of output never floods the verdict line.
inline std::string __testlib_part(const std::string& s) {
  return s.size() <= 64 ? s : s.substr(0, 30) + "..." + s.substr(s.size() - 30);
}

// testlib's double comparison: NaN equals only NaN, infinities only themselves, otherwise the
// absolute or the relative error within maxError (plus a tiny slack for rounding).
inline bool doubleCompare(double expected, double result, double maxError) {
  if (std::isnan(expected)) return std::isnan(result);
  if (std::isinf(expected)) return result == expected;
  if (std::isnan(result) || std::isinf(result)) return false;
  if (std::fabs(result - expected) <= maxError + 1e-15) return true;
  double lo = std::min(expected * (1.0 - maxError), expected * (1.0 + maxError));
  double hi = std::max(expected * (1.0 - maxError), expected * (1.0 + maxError));
  return result + 1e-15 >= lo && result <= hi + 1e-15;
}
inline double doubleDelta(double expected, double result) {
  double absolute = std::fabs(result - expected);
  if (std::fabs(expected) > 1e-9) return std::min(absolute, std::fabs(absolute / expected));
  return absolute;
}

// testlib patterns: alternatives split by '|', atoms are a literal character, an escaped one
// ("\\."), or a class "[a-z_]" / "[^0-9]", each with an optional ?, *, +, {n} or {n,m}.
class pattern {
 public:
  explicit pattern(std::string text = "") : text_(std::move(text)) {
    std::vector<Atom> current;
    for (size_t i = 0; i < text_.size();) {
      if (text_[i] == '|') {
        alternatives_.push_back(current);
        current.clear();
        ++i;
        continue;
      }
      Atom atom;
      if (text_[i] == '[') {
        ++i;
        if (i < text_.size() && text_[i] == '^') atom.negated = true, ++i;
        while (i < text_.size() && text_[i] != ']') {
          char lo = text_[i] == '\\' && i + 1 < text_.size() ? text_[++i] : text_[i];
          ++i;
          char hi = lo;
          if (i + 1 < text_.size() && text_[i] == '-' && text_[i + 1] != ']') {
            hi = text_[i + 1] == '\\' && i + 2 < text_.size() ? text_[i + 2] : text_[i + 1];
            i += text_[i + 1] == '\\' ? 3 : 2;
          }
          atom.ranges.push_back({lo, hi});
        }
        ++i;  // ']'
      } else {
        char c = text_[i] == '\\' && i + 1 < text_.size() ? text_[++i] : text_[i];
        atom.ranges.push_back({c, c});
        ++i;
      }
      if (i < text_.size() && text_[i] == '?') atom.min = 0, atom.max = 1, ++i;
      else if (i < text_.size() && text_[i] == '*') atom.min = 0, atom.max = INT_MAX, ++i;
      else if (i < text_.size() && text_[i] == '+') atom.min = 1, atom.max = INT_MAX, ++i;
      else if (i < text_.size() && text_[i] == '{') {
        size_t close = text_.find('}', i);
        std::string inside = text_.substr(i + 1, close - i - 1);
        size_t comma = inside.find(',');
        atom.min = std::atoi(inside.substr(0, comma).c_str());
        atom.max = comma == std::string::npos ? atom.min : std::atoi(inside.substr(comma + 1).c_str());
        i = close == std::string::npos ? text_.size() : close + 1;
      }
      current.push_back(atom);
    }
    alternatives_.push_back(current);
  }

  bool matches(const std::string& s) const {
    for (const auto& alternative : alternatives_)
      if (matchesAlternative(alternative, s)) return true;
    return false;
  }
  const std::string& src() const { return text_; }

 private:
  struct Atom {
    std::vector<std::pair<char, char>> ranges;
    bool negated = false;
    int min = 1, max = 1;
    bool accepts(char c) const {
      bool in = false;
      for (const auto& r : ranges) in = in || (c >= r.first && c <= r.second);
      return in != negated;
    }
  };
  // A set of reachable positions advanced atom by atom: linear in the text, never backtracking.
  static bool matchesAlternative(const std::vector<Atom>& atoms, const std::string& s) {
    std::vector<char> reach(s.size() + 1, 0);
    reach[0] = 1;
    for (const Atom& atom : atoms) {
      std::vector<char> next(s.size() + 1, 0);
      for (size_t start = 0; start <= s.size(); ++start) {
        if (!reach[start]) continue;
        size_t pos = start;
        for (int count = 0;; ++count) {
          if (count >= atom.min) next[pos] = 1;
          if (count == atom.max || pos == s.size() || !atom.accepts(s[pos])) break;
          ++pos;
        }
      }
      reach.swap(next);
    }
    return reach[s.size()] != 0;
  }
  std::string text_;
  std::vector<std::vector<Atom>> alternatives_;
};

inline TTestlibMode testlibMode = _unknown;
inline std::string __testlib_resultFile;
inline bool __testlib_quitted = false;

struct InStream;
[[noreturn]] void quit(TResult result, const std::string& message);

struct InStream {
  FILE* file = nullptr;
  TMode mode = _input;
  bool strict = false;  // validators: no whitespace is skipped, every separator is read
  std::string name;
  int line = 1;

  void init(FILE* f, TMode m, const std::string& n) {
    file = f;
    mode = m;
    name = n;
  }
  void open(const char* path, TMode m) {
    FILE* f = std::fopen(path, "rb");
    if (f == nullptr) {
      std::string what = m == _output ? "output" : m == _answer ? "answer" : "input";
      // A missing contestant output is the contestant's fault; the others are the judge's.
      quit(m == _output ? _pe : _fail, "cannot open " + what + " file " + path);
    }
    init(f, m, path);
  }

  int peek() {
    if (file == nullptr) return EOF;
    int c = std::getc(file);
    if (c != EOF) std::ungetc(c, file);
    return c;
  }
  int next() {
    if (file == nullptr) return EOF;
    int c = std::getc(file);
    if (c == '\n') ++line;
    return c;
  }

  // A read failure is the contestant's (PE) on ouf, the package's (FAIL) on inf and ans.
  [[noreturn]] void fail(const std::string& message) {
    quit(mode == _output ? _pe : _fail, message + where());
  }
  // A value out of its range is a wrong answer on ouf.
  [[noreturn]] void outOfRange(const std::string& message) {
    quit(mode == _output ? _wa : _fail, message + where());
  }
  std::string where() const {
    std::string stream = mode == _output ? "ouf" : mode == _answer ? "ans" : "inf";
    return " (" + stream + ", line " + vtos(line) + ")";
  }
  [[noreturn]] void quit(TResult result, const std::string& message) { ::quit(result, message); }
  [[noreturn]] void quitf(TResult result, const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    std::string message = vformat_(fmt, args);
    va_end(args);
    ::quit(result, message);
  }

  static bool isBlank(int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
  void skipBlanks() {
    while (isBlank(peek())) next();
  }

  bool eof() { return peek() == EOF; }
  bool seekEof() {
    skipBlanks();
    return eof();
  }
  bool eoln() {
    int c = peek();
    return c == '\n' || c == '\r';
  }
  bool seekEoln() {
    while (peek() == ' ' || peek() == '\t') next();
    return eoln();
  }
  void nextLine() {
    for (int c = next(); c != EOF && c != '\n'; c = next()) {
    }
  }

  std::string readToken() {
    if (!strict) skipBlanks();
    if (eof()) fail("Unexpected end of file - token expected");
    if (isBlank(peek())) fail("Expected a token, found whitespace");
    std::string token;
    while (!eof() && !isBlank(peek())) token += static_cast<char>(next());
    return token;
  }
  std::string readWord() { return readToken(); }
  std::string readToken(const std::string& ptrn, const std::string& variable = "") {
    std::string token = readToken();
    if (!pattern(ptrn).matches(token))
      outOfRange("Token" + named(variable) + " \"" + __testlib_part(token) +
                 "\" doesn't correspond to pattern \"" + ptrn + "\"");
    return token;
  }
  std::string readWord(const std::string& ptrn, const std::string& variable = "") {
    return readToken(ptrn, variable);
  }
  static std::string named(const std::string& variable) {
    return variable.empty() ? "" : " [name=" + variable + "]";
  }

  long long parseInteger(const std::string& token, long long lo, long long hi, const char* what) {
    size_t i = token.empty() || token[0] != '-' ? 0 : 1;
    bool ok = i < token.size();
    for (size_t j = i; j < token.size(); ++j) ok = ok && std::isdigit(static_cast<unsigned char>(token[j]));
    if (ok && strict) ok = !(token.size() - i > 1 && token[i] == '0') && token != "-0";
    if (!ok) fail(std::string("Expected ") + what + ", but \"" + __testlib_part(token) + "\" found");
    errno = 0;
    long long value = std::strtoll(token.c_str(), nullptr, 10);
    if (errno == ERANGE || value < lo || value > hi)
      fail(std::string("Expected ") + what + ", but \"" + __testlib_part(token) + "\" found (overflow)");
    return value;
  }
  template <typename T>
  T checkRange(T value, T lo, T hi, const std::string& variable, const char* what) {
    if (value < lo || value > hi)
      outOfRange(std::string(what) + named(variable) + " equals to " + vtos(value) + ", violates the range [" +
                 vtos(lo) + ", " + vtos(hi) + "]");
    return value;
  }

  int readInt() { return static_cast<int>(parseInteger(readToken(), INT_MIN, INT_MAX, "an integer")); }
  int readInt(int lo, int hi, const std::string& variable = "") {
    return checkRange(readInt(), lo, hi, variable, "Integer");
  }
  long long readLong() { return parseInteger(readToken(), LLONG_MIN, LLONG_MAX, "a long integer"); }
  long long readLong(long long lo, long long hi, const std::string& variable = "") {
    return checkRange(readLong(), lo, hi, variable, "Integer");
  }
  int readInteger() { return readInt(); }

  double readDouble() {
    std::string token = readToken();
    const char* begin = token.c_str();
    char* end = nullptr;
    bool plain = token.find_first_of("xXpP") == std::string::npos;
    double value = std::strtod(begin, &end);
    if (!plain || end != begin + token.size() || token.empty())
      fail("Expected a double, but \"" + __testlib_part(token) + "\" found");
    if (strict && (std::isnan(value) || std::isinf(value)))
      fail("Expected a finite double, but \"" + __testlib_part(token) + "\" found");
    return value;
  }
  double readDouble(double lo, double hi, const std::string& variable = "") {
    return checkRange(readDouble(), lo, hi, variable, "Double");
  }
  double readReal() { return readDouble(); }
  double readReal(double lo, double hi, const std::string& variable = "") { return readDouble(lo, hi, variable); }
  // A double written with between minAfterPoint and maxAfterPoint digits after the point.
  double readStrictDouble(double lo, double hi, int minAfterPoint, int maxAfterPoint,
                          const std::string& variable = "") {
    std::string token = readToken();
    size_t point = token.find('.');
    int after = point == std::string::npos ? 0 : static_cast<int>(token.size() - point - 1);
    if (after < minAfterPoint || after > maxAfterPoint || token.find_first_of("eE") != std::string::npos)
      fail("Expected a strict double, but \"" + __testlib_part(token) + "\" found");
    double value = std::strtod(token.c_str(), nullptr);
    return checkRange(value, lo, hi, variable, "Double");
  }
  double readStrictReal(double lo, double hi, int minAfterPoint, int maxAfterPoint,
                        const std::string& variable = "") {
    return readStrictDouble(lo, hi, minAfterPoint, maxAfterPoint, variable);
  }

  template <typename F>
  auto readMany(int count, F readOne) {
    std::vector<decltype(readOne())> values;
    for (int i = 0; i < count; ++i) {
      if (i > 0 && strict) readSpace();
      values.push_back(readOne());
    }
    return values;
  }
  std::vector<int> readInts(int n, int lo, int hi, const std::string& variable = "") {
    return readMany(n, [&] { return readInt(lo, hi, variable); });
  }
  std::vector<long long> readLongs(int n, long long lo, long long hi, const std::string& variable = "") {
    return readMany(n, [&] { return readLong(lo, hi, variable); });
  }
  std::vector<double> readDoubles(int n, double lo, double hi, const std::string& variable = "") {
    return readMany(n, [&] { return readDouble(lo, hi, variable); });
  }
  std::vector<std::string> readTokens(int n, const std::string& ptrn, const std::string& variable = "") {
    return readMany(n, [&] { return readToken(ptrn, variable); });
  }
  std::vector<std::string> readWords(int n, const std::string& ptrn, const std::string& variable = "") {
    return readTokens(n, ptrn, variable);
  }

  char readChar() {
    if (eof()) fail("Unexpected end of file - a character expected");
    return static_cast<char>(next());
  }
  char readChar(char expected) {
    char c = readChar();
    if (c != expected)
      fail(std::string("Unexpected character '") + c + "', expected '" + expected + "'");
    return c;
  }
  char readSpace() { return readChar(' '); }

  // One line without its end; "\r\n" counts as an end of line too.
  std::string readLine() {
    if (eof()) fail("Unexpected end of file - a line expected");
    std::string text;
    for (int c = next(); c != EOF && c != '\n'; c = next()) text += static_cast<char>(c);
    if (!text.empty() && text.back() == '\r') text.pop_back();
    return text;
  }
  std::string readString() { return readLine(); }
  std::string readLine(const std::string& ptrn, const std::string& variable = "") {
    std::string text = readLine();
    if (!pattern(ptrn).matches(text))
      outOfRange("Line" + named(variable) + " \"" + __testlib_part(text) + "\" doesn't correspond to pattern \"" +
                 ptrn + "\"");
    return text;
  }
  std::string readString(const std::string& ptrn, const std::string& variable = "") {
    return readLine(ptrn, variable);
  }

  void readEoln() {
    if (!strict)
      while (peek() == ' ' || peek() == '\t') next();
    int c = peek();
    if (c == '\r' && !strict) {
      next();
      c = peek();
    }
    if (c != '\n') fail("Expected end of line");
    next();
  }
  void readEof() {
    if (!strict) skipBlanks();
    if (!eof()) fail("Expected end of file");
  }

  void close() {
    if (file != nullptr && file != stdin) std::fclose(file);
    file = nullptr;
  }
};

inline InStream inf, ouf, ans;
inline std::ofstream tout;

inline const char* __testlib_outcome(TResult result) {
  switch (result) {
    case _ok: return "ok";
    case _wa: return "wrong answer";
    case _pe: return "wrong output format";
    case _points: return "points";
    default: return "FAIL";
  }
}

inline int __testlib_exitCode(TResult result) {
  switch (result) {
    case _ok: return 0;
    case _wa: return 1;
    case _pe: return 2;
    case _points: return 7;
    case _unexpected_eof: return 2;  // testlib reports it as PE unless asked otherwise
    default: return 3;
  }
}

[[noreturn]] inline void quit(TResult result, const std::string& message) {
  if (__testlib_quitted) std::exit(__testlib_exitCode(result));  // a read failed while quitting
  __testlib_quitted = true;
  std::string text = message;
  // A checker accepting an output with more tokens after what it read: extra output is PE.
  if (testlibMode == _checker && result == _ok && !ouf.seekEof()) {
    result = _pe;
    text = "Extra information in the output file";
  }
  if (result == _dirt || result == _unexpected_eof) result = _pe;
  if (tout.is_open()) tout.close();
  std::string line = std::string(__testlib_outcome(result)) + (text.empty() ? "" : " ") + text;
  std::fprintf(stderr, "%s\n", line.c_str());
  if (!__testlib_resultFile.empty()) {
    if (FILE* f = std::fopen(__testlib_resultFile.c_str(), "w")) {
      std::fprintf(f, "%s\n", line.c_str());
      std::fclose(f);
    }
  }
  std::fflush(stdout);
  std::exit(__testlib_exitCode(result));
}

[[noreturn]] inline void quitf(TResult result, const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  std::string message = vformat_(fmt, args);
  va_end(args);
  quit(result, message);
}

// Partial credit: exit code 7, the message starts with the points.
template <typename F>
[[noreturn]] void quitp(F points, const std::string& message = "") {
  std::string text = format("%.10g", static_cast<double>(points));
  quit(_points, message.empty() ? text : text + " " + message);
}
template <typename F>
[[noreturn]] void quitp(F points, const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  std::string message = vformat_(fmt, args);
  va_end(args);
  quitp(points, message);
}

inline void ensuref(bool condition, const char* fmt, ...) {
  if (condition) return;
  va_list args;
  va_start(args, fmt);
  std::string message = vformat_(fmt, args);
  va_end(args);
  quit(_fail, message);
}
inline void __testlib_ensure(bool condition, const std::string& message) {
  if (!condition) quit(_fail, message);
}
#define ensure(cond) __testlib_ensure((cond), "Condition failed: \"" #cond "\"")

inline std::string __testlib_name;
inline void setName(const char* fmt, ...) {
  va_list args;
  va_start(args, fmt);
  __testlib_name = vformat_(fmt, args);
  va_end(args);
}

// A checker or interactor that returns from main without a verdict is broken: FAIL.
inline void __testlib_atExit() {
  if (__testlib_quitted) return;
  if (testlibMode == _validator) {
    if (!inf.eof()) {
      __testlib_quitted = true;
      std::fprintf(stderr, "FAIL Expected end of file%s\n", inf.where().c_str());
      std::_Exit(3);
    }
    return;
  }
  if (testlibMode == _checker || testlibMode == _interactor) {
    std::fprintf(stderr, "FAIL the program ended without a verdict (quitf)\n");
    std::fflush(stdout);
    std::_Exit(3);
  }
}

// Drops testlib's "--testset NAME" and "--group NAME" options, keeping the positional arguments.
inline std::vector<std::string> __testlib_positional(int argc, char* argv[]) {
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if ((arg == "--testset" || arg == "--group") && i + 1 < argc) {
      ++i;
      continue;
    }
    args.push_back(arg);
  }
  return args;
}

inline void registerTestlibCmd(int argc, char* argv[]) {
  testlibMode = _checker;
  std::atexit(__testlib_atExit);
  std::vector<std::string> args = __testlib_positional(argc, argv);
  if (args.size() < 3) quit(_fail, "usage: checker <input> <output> <answer> [<result-file> [-appes]]");
  if (args.size() >= 4) __testlib_resultFile = args[3];
  inf.open(args[0].c_str(), _input);
  ouf.open(args[1].c_str(), _output);
  ans.open(args[2].c_str(), _answer);
}

inline void registerInteraction(int argc, char* argv[]) {
  testlibMode = _interactor;
  std::atexit(__testlib_atExit);
  std::vector<std::string> args = __testlib_positional(argc, argv);
  if (args.size() < 2) quit(_fail, "usage: interactor <input> <tout> [<answer> [<result-file>]]");
  inf.open(args[0].c_str(), _input);
  tout.open(args[1]);
  if (!tout.is_open()) quit(_fail, "cannot open " + args[1] + " for writing");
  if (args.size() >= 3) ans.open(args[2].c_str(), _answer);
  if (args.size() >= 4) __testlib_resultFile = args[3];
  ouf.init(stdin, _output, "stdin");
}

inline void registerValidation() {
  testlibMode = _validator;
  std::atexit(__testlib_atExit);
  inf.init(stdin, _input, "stdin");
  inf.strict = true;
}
inline void registerValidation(int, char*[]) { registerValidation(); }

#endif
