#include "judge/builtin_checkers.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <vector>

namespace judge {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::vector<std::string_view> tokens_of(std::string_view text) {
  std::vector<std::string_view> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    const std::size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    if (i > start) tokens.push_back(text.substr(start, i - start));
  }
  return tokens;
}

// Lines without their "\n" (and a trailing "\r"); a final newline does not start a line.
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

// Long tokens are cut for the message: the output is the submission's and may be huge.
std::string shown(std::string_view token) {
  constexpr std::size_t kMax = 64;
  if (token.size() <= kMax) return std::string(token);
  return std::string(token.substr(0, kMax)) + "...";
}

std::string nth(std::size_t i) {
  const std::size_t n = i + 1;
  const char* suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                       : n % 10 == 1                    ? "st"
                       : n % 10 == 2                    ? "nd"
                       : n % 10 == 3                    ? "rd"
                                                        : "th";
  return std::to_string(n) + suffix;
}

BuiltinVerdict ok(std::string message) {
  return {Verdict::kAccepted, std::move(message)};
}
BuiltinVerdict wrong(std::string message) {
  return {Verdict::kWrongAnswer, std::move(message)};
}
BuiltinVerdict broken(std::string message) {
  return {Verdict::kJudgeError, "the answer file: " + std::move(message)};
}

std::optional<long long> parse_int64(std::string_view token) {
  const std::size_t digits_start = !token.empty() && token[0] == '-' ? 1 : 0;
  if (digits_start == token.size()) return std::nullopt;
  for (std::size_t i = digits_start; i < token.size(); ++i) {
    if (token[i] < '0' || token[i] > '9') return std::nullopt;
  }
  const std::string text(token);
  errno = 0;
  const long long value = std::strtoll(text.c_str(), nullptr, 10);
  if (errno == ERANGE) return std::nullopt;
  return value;
}

std::optional<double> parse_double(std::string_view token) {
  const std::string text(token);
  if (text.empty() || text.find_first_of("xXpP") != std::string::npos) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return std::nullopt;
  return value;
}

// testlib's doubleCompare: NaN only equals NaN, an infinity only itself, else absolute or
// relative error within max_error.
bool double_equal(double expected, double result, double max_error) {
  if (std::isnan(expected)) return std::isnan(result);
  if (std::isinf(expected)) return result == expected;
  if (std::isnan(result) || std::isinf(result)) return false;
  if (std::fabs(result - expected) <= max_error + 1e-15) return true;
  const double low = std::min(expected * (1 - max_error), expected * (1 + max_error));
  const double high = std::max(expected * (1 - max_error), expected * (1 + max_error));
  return result + 1e-15 >= low && result <= high + 1e-15;
}

BuiltinVerdict count_mismatch(std::size_t expected, std::size_t got, const char* what) {
  if (got < expected) {
    return wrong("the answer has more " + std::string(what) + " (" + std::to_string(expected) +
                 ") than the output (" + std::to_string(got) + ")");
  }
  return wrong("the output has more " + std::string(what) + " (" + std::to_string(got) +
               ") than the answer (" + std::to_string(expected) + ")");
}

BuiltinVerdict wcmp(std::string_view out, std::string_view ans) {
  const auto expected = tokens_of(ans);
  const auto got = tokens_of(out);
  for (std::size_t i = 0; i < std::min(expected.size(), got.size()); ++i) {
    if (expected[i] != got[i]) {
      return wrong(nth(i) + " words differ - expected: '" + shown(expected[i]) + "', found: '" +
                   shown(got[i]) + "'");
    }
  }
  if (expected.size() != got.size()) return count_mismatch(expected.size(), got.size(), "words");
  return ok(std::to_string(got.size()) + " tokens");
}

// Lines without tokens at the end of either file do not count.
std::vector<std::string_view> lines_trimmed(std::string_view text) {
  auto lines = lines_of(text);
  while (!lines.empty() && tokens_of(lines.back()).empty()) lines.pop_back();
  return lines;
}

BuiltinVerdict lcmp(std::string_view out, std::string_view ans) {
  const auto expected = lines_trimmed(ans);
  const auto got = lines_trimmed(out);
  for (std::size_t i = 0; i < std::min(expected.size(), got.size()); ++i) {
    if (tokens_of(expected[i]) != tokens_of(got[i])) {
      return wrong(nth(i) + " lines differ - expected: '" + shown(expected[i]) + "', found: '" +
                   shown(got[i]) + "'");
    }
  }
  if (expected.size() != got.size()) return count_mismatch(expected.size(), got.size(), "lines");
  return ok(std::to_string(got.size()) + " lines");
}

BuiltinVerdict fcmp(std::string_view out, std::string_view ans) {
  const auto expected = lines_of(ans);
  const auto got = lines_of(out);
  for (std::size_t i = 0; i < std::min(expected.size(), got.size()); ++i) {
    if (expected[i] != got[i]) {
      return wrong(nth(i) + " lines differ - expected: '" + shown(expected[i]) + "', found: '" +
                   shown(got[i]) + "'");
    }
  }
  if (expected.size() != got.size()) return count_mismatch(expected.size(), got.size(), "lines");
  return ok(std::to_string(got.size()) + " lines");
}

// Parses every token of both files with parse(); JE for the answer, WA for the output.
template <typename T, typename Parse>
std::optional<BuiltinVerdict> parse_all(std::string_view out, std::string_view ans, Parse parse,
                                        const char* what, std::vector<T>& expected,
                                        std::vector<T>& got) {
  for (std::string_view token : tokens_of(ans)) {
    const auto value = parse(token);
    if (!value) return broken("expected " + std::string(what) + ", found '" + shown(token) + "'");
    expected.push_back(*value);
  }
  for (std::string_view token : tokens_of(out)) {
    const auto value = parse(token);
    if (!value) return wrong("expected " + std::string(what) + ", found '" + shown(token) + "'");
    got.push_back(*value);
  }
  return std::nullopt;
}

BuiltinVerdict ncmp(std::string_view out, std::string_view ans, bool any_order) {
  std::vector<long long> expected, got;
  if (auto error = parse_all(out, ans, parse_int64, "a 64-bit integer", expected, got)) {
    return *error;
  }
  if (expected.size() != got.size()) {
    return count_mismatch(expected.size(), got.size(), "numbers");
  }
  if (any_order) {
    std::sort(expected.begin(), expected.end());
    std::sort(got.begin(), got.end());
  }
  for (std::size_t i = 0; i < expected.size(); ++i) {
    if (expected[i] != got[i]) {
      return wrong(std::string(any_order ? "sorted, the " : "") + nth(i) +
                   " numbers differ - expected: '" + std::to_string(expected[i]) + "', found: '" +
                   std::to_string(got[i]) + "'");
    }
  }
  return ok(std::to_string(got.size()) + " numbers");
}

// One value in each file, and nothing after it in the output.
template <typename Parse>
BuiltinVerdict single(std::string_view out, std::string_view ans, Parse parse, const char* what) {
  const auto expected = tokens_of(ans);
  const auto got = tokens_of(out);
  if (expected.size() != 1 || !parse(expected[0])) {
    return broken("expected exactly one " + std::string(what));
  }
  if (got.empty()) return wrong("expected " + std::string(what) + ", found end of file");
  if (!parse(got[0])) {
    return wrong("expected " + std::string(what) + ", found '" + shown(got[0]) + "'");
  }
  if (got.size() > 1) return wrong("extra output after the answer");
  if (expected[0] != got[0] && *parse(expected[0]) != *parse(got[0])) {
    return wrong("expected '" + shown(expected[0]) + "', found '" + shown(got[0]) + "'");
  }
  return ok("answer is " + shown(got[0]));
}

std::optional<int> parse_int32(std::string_view token) {
  const auto value = parse_int64(token);
  if (!value || *value < INT32_MIN || *value > INT32_MAX) return std::nullopt;
  return static_cast<int>(*value);
}

// An integer of any size: no leading zeros, no "-0".
std::optional<std::string> parse_big(std::string_view token) {
  const std::size_t start = !token.empty() && token[0] == '-' ? 1 : 0;
  if (start == token.size()) return std::nullopt;
  for (std::size_t i = start; i < token.size(); ++i) {
    if (token[i] < '0' || token[i] > '9') return std::nullopt;
  }
  if (token.size() - start > 1 && token[start] == '0') return std::nullopt;
  if (token == "-0") return std::nullopt;
  return std::string(token);
}

BuiltinVerdict rcmp(std::string_view out, std::string_view ans, double max_error) {
  std::vector<double> expected, got;
  if (auto error = parse_all(out, ans, parse_double, "a double", expected, got)) return *error;
  if (expected.size() != got.size()) {
    return count_mismatch(expected.size(), got.size(), "numbers");
  }
  for (std::size_t i = 0; i < expected.size(); ++i) {
    if (!double_equal(expected[i], got[i], max_error)) {
      return wrong(nth(i) + " numbers differ - expected: '" + std::to_string(expected[i]) +
                   "', found: '" + std::to_string(got[i]) + "'");
    }
  }
  return ok(std::to_string(got.size()) + " numbers");
}

std::optional<bool> parse_yes_no(std::string_view token) {
  std::string lower(token);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower == "yes") return true;
  if (lower == "no") return false;
  return std::nullopt;
}

BuiltinVerdict yesno(std::string_view out, std::string_view ans, bool sequence) {
  if (!sequence) return single(out, ans, parse_yes_no, "YES or NO");
  std::vector<bool> expected, got;
  if (auto error = parse_all(out, ans, parse_yes_no, "YES or NO", expected, got)) return *error;
  if (expected.size() != got.size()) return count_mismatch(expected.size(), got.size(), "words");
  for (std::size_t i = 0; i < expected.size(); ++i) {
    if (expected[i] != got[i]) {
      return wrong(nth(i) + " answers differ - expected: '" + (expected[i] ? "YES" : "NO") +
                   "', found: '" + (got[i] ? "YES" : "NO") + "'");
    }
  }
  return ok(std::to_string(got.size()) + " answers");
}

constexpr const char* kNames[] = {"wcmp", "lcmp",  "fcmp",  "ncmp",  "icmp",  "uncmp",
                                  "hcmp", "rcmp4", "rcmp6", "rcmp9", "yesno", "nyesno"};

}  // namespace

bool is_builtin_checker(std::string_view name) {
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

const char* builtin_checker_names() {
  return "wcmp, lcmp, fcmp, ncmp, icmp, uncmp, hcmp, rcmp4, rcmp6, rcmp9, yesno, nyesno";
}

BuiltinVerdict run_builtin_checker(std::string_view name, std::string_view out,
                                   std::string_view ans) {
  if (name == "wcmp") return wcmp(out, ans);
  if (name == "lcmp") return lcmp(out, ans);
  if (name == "fcmp") return fcmp(out, ans);
  if (name == "ncmp") return ncmp(out, ans, false);
  if (name == "uncmp") return ncmp(out, ans, true);
  if (name == "icmp") return single(out, ans, parse_int32, "a 32-bit integer");
  if (name == "hcmp") return single(out, ans, parse_big, "an integer");
  if (name == "rcmp4") return rcmp(out, ans, 1e-4);
  if (name == "rcmp6") return rcmp(out, ans, 1e-6);
  if (name == "rcmp9") return rcmp(out, ans, 1e-9);
  if (name == "yesno") return yesno(out, ans, false);
  if (name == "nyesno") return yesno(out, ans, true);
  return {Verdict::kJudgeError, "unknown built-in checker " + std::string(name)};
}

namespace {

// The output is the judge's own file, already cut at the output limit; the answer is the
// package's test data.
std::string read_whole(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

CheckResult BuiltinOutputChecker::check(const problem::TestCase& test,
                                        const std::filesystem::path& output) {
  const BuiltinVerdict verdict =
      run_builtin_checker(name_, read_whole(output), read_whole(test.answer));
  CheckResult result;
  result.verdict = verdict.verdict;
  result.judge_message = name_ + ": " + verdict.message;
  if (verdict.verdict != Verdict::kAccepted) result.message = verdict.message;
  return result;
}

}  // namespace judge
