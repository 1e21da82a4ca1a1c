// validate_default: one pass over both streams, one token (or whitespace run) at a time.
#include "judge/default_validator.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <streambuf>
#include <string>
#include <string_view>
#include <utility>

#include "judge/display_bytes.h"
#include "judge/float_token.h"
#include "util/error.h"

namespace judge {

namespace {

constexpr std::size_t kDisplayLength = 60;
// The spec requires float parsing to support "at least 30 digits before and after the decimal
// point" and lets the validator reject unreasonably large output; a float token longer than
// this is rejected without keeping it in memory.
constexpr std::size_t kMaxFloatTokenLength = 4096;

// The spec's six whitespace bytes; not std::isspace, whose set depends on the locale.
bool is_space(int c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

// Reads bytes straight from a stream buffer (istream::get per byte is several times slower on a
// 64 MiB output) and counts the lines it has passed.
class ByteReader {
 public:
  explicit ByteReader(std::istream& in) : buffer_(in.rdbuf()) {
    if (buffer_ == nullptr) throw InternalError("default validator: stream has no buffer");
  }
  int peek() { return buffer_->sgetc(); }
  bool at_end() { return peek() == std::char_traits<char>::eof(); }
  bool at_space() { return is_space(peek()); }
  char take() {
    const int c = buffer_->sbumpc();
    if (c == '\n') ++line_;
    return static_cast<char>(c);
  }
  void skip_whitespace() {
    while (at_space()) take();
  }
  std::int64_t line() const { return line_; }

 private:
  std::streambuf* buffer_;
  std::int64_t line_ = 1;
};

struct Token {
  std::string text;  // at most the `keep` bytes asked for
  bool cut = false;  // the token went on past `keep`; the rest was read and dropped
  std::int64_t line = 0;
};

Token read_token(ByteReader& in, std::size_t keep) {
  Token token;
  token.line = in.line();
  while (!in.at_end() && !in.at_space()) {
    const char c = in.take();
    if (token.text.size() < keep) {
      token.text.push_back(c);
    } else {
      token.cut = true;
    }
  }
  return token;
}

std::string read_whitespace_run(ByteReader& in) {
  std::string run;
  while (in.at_space()) run.push_back(in.take());
  return run;
}

struct RunComparison {
  bool equal = true;
  std::string seen;  // the start of the output's run, for the report
  bool seen_cut = false;
};

// Consumes the output's whitespace run while comparing it with the answer's. Only a display
// prefix is kept, so a run of 64 MiB of spaces costs no memory.
RunComparison compare_whitespace_run(ByteReader& out, std::string_view expected) {
  RunComparison result;
  std::size_t matched = 0;
  while (out.at_space()) {
    if (!result.equal && result.seen.size() >= kDisplayLength) {
      result.seen_cut = true;  // the verdict is known and the display is full
      break;
    }
    const char c = out.take();
    if (result.seen.size() < kDisplayLength) {
      result.seen.push_back(c);
    } else {
      result.seen_cut = true;
    }
    if (result.equal && matched < expected.size() && c == expected[matched]) {
      ++matched;
    } else {
      result.equal = false;
    }
  }
  if (matched != expected.size()) result.equal = false;
  return result;
}

char fold_ascii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equal_strings(std::string_view expected, const Token& got, bool case_sensitive) {
  if (got.cut || expected.size() != got.text.size()) return false;
  if (case_sensitive) return expected == got.text;
  return std::equal(expected.begin(), expected.end(), got.text.begin(),
                    [](char a, char b) { return fold_ascii(a) == fold_ascii(b); });
}

// "%g" with `digits` significant digits: short, and exact enough to see why a token failed.
std::string format_number(double value, int digits = 6) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*g", digits, value);
  return buf;
}

// Why two float tokens differ, or nullopt when the output is within a tolerance.
std::optional<std::string> float_mismatch(double expected, const Token& got,
                                          const DefaultValidatorOptions& options) {
  const std::optional<double> value = got.cut ? std::nullopt : parse_float_token(got.text);
  if (!value) return "not a floating-point number";
  const double difference = std::fabs(*value - expected);
  const auto& absolute = options.float_absolute_tolerance;
  const auto& relative = options.float_relative_tolerance;
  if (absolute && difference <= *absolute) return std::nullopt;
  if (relative && difference <= *relative * std::fabs(expected)) return std::nullopt;
  std::string reason = "difference " + format_number(difference, 3) + " is over the";
  if (absolute) reason += " absolute tolerance " + format_number(*absolute);
  if (absolute && relative) reason += " and the";
  if (relative) reason += " relative tolerance " + format_number(*relative);
  return reason;
}

// Why the tokens differ ("" when there is nothing to add to "expected X, got Y"), or nullopt
// when the output token is accepted.
std::optional<std::string> token_mismatch(const std::string& expected, const Token& got,
                                          const DefaultValidatorOptions& options) {
  const bool use_floats =
      options.float_absolute_tolerance.has_value() || options.float_relative_tolerance.has_value();
  if (use_floats) {
    // An answer out of double's range compares as a string, as in problemtools: a tolerance
    // around infinity means nothing.
    const std::optional<double> answer_value = parse_float_token(expected);
    if (answer_value && std::isfinite(*answer_value)) {
      return float_mismatch(*answer_value, got, options);
    }
  }
  if (equal_strings(expected, got, options.case_sensitive)) return std::nullopt;
  return std::string();
}

std::string quoted(const std::string& display) {
  return "'" + display + "'";
}

ValidationResult reject(std::string message, Difference difference) {
  return {false, std::move(message), std::move(difference)};
}

ValidationResult token_difference(const std::string& expected, const Token& got,
                                  std::int64_t token_index, const std::string& reason) {
  Difference d{got.line, token_index, display_bytes(expected, kDisplayLength),
               display_bytes(got.text, kDisplayLength, got.cut)};
  std::string message = "line " + std::to_string(d.line) + ": expected " + quoted(d.expected) +
                        ", got " + quoted(d.got);
  if (!reason.empty()) message += " (" + reason + ")";
  return reject(std::move(message), std::move(d));
}

ValidationResult output_ended(const std::string& expected, std::int64_t line,
                              std::int64_t token_index) {
  Difference d{line, token_index, display_bytes(expected, kDisplayLength), ""};
  std::string message =
      "line " + std::to_string(line) + ": expected " + quoted(d.expected) + ", got end of output";
  if (token_index == 1) message += " (the output has no tokens)";
  return reject(std::move(message), std::move(d));
}

ValidationResult trailing_output(const Token& got, std::int64_t token_index) {
  Difference d{got.line, token_index, "", display_bytes(got.text, kDisplayLength, got.cut)};
  std::string message = "line " + std::to_string(d.line) + ": trailing output " + quoted(d.got) +
                        " after the answer ended";
  return reject(std::move(message), std::move(d));
}

ValidationResult whitespace_difference(std::int64_t line, std::int64_t token_index,
                                       const std::string& expected, const RunComparison& got,
                                       bool output_at_end) {
  Difference d{line, token_index, display_bytes(expected, kDisplayLength),
               display_bytes(got.seen, kDisplayLength, got.seen_cut)};
  const std::string expected_text = expected.empty() ? "no whitespace" : quoted(d.expected);
  std::string got_text = quoted(d.got);
  if (got.seen.empty()) got_text = output_at_end ? "end of output" : "no whitespace";
  return reject("line " + std::to_string(line) + ": whitespace differs: expected " + expected_text +
                    ", got " + got_text,
                std::move(d));
}

}  // namespace

ValidationResult validate_default(std::istream& answer, std::istream& output,
                                  const DefaultValidatorOptions& options) {
  ByteReader ans(answer);
  ByteReader out(output);
  std::int64_t tokens_read = 0;
  while (true) {
    if (options.space_change_sensitive) {
      const std::int64_t run_line = out.line();
      const std::string expected_run = read_whitespace_run(ans);
      const RunComparison run = compare_whitespace_run(out, expected_run);
      if (!run.equal) {
        return whitespace_difference(run_line, tokens_read + 1, expected_run, run, out.at_end());
      }
    } else {
      ans.skip_whitespace();
      out.skip_whitespace();
    }

    if (ans.at_end()) {
      if (out.at_end()) return {true, "", std::nullopt};
      return trailing_output(read_token(out, kDisplayLength), tokens_read + 1);
    }
    const Token expected = read_token(ans, std::string::npos);
    ++tokens_read;
    if (out.at_end()) return output_ended(expected.text, out.line(), tokens_read);

    // Keep no more of the output token than could still match: a longer one is wrong anyway.
    const Token got = read_token(out, std::max(expected.text.size(), kMaxFloatTokenLength));
    if (const auto reason = token_mismatch(expected.text, got, options)) {
      return token_difference(expected.text, got, tokens_read, *reason);
    }
  }
}

}  // namespace judge
