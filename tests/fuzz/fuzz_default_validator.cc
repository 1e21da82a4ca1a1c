// The default output validator reads a program's output (fully controlled by a submission) and
// the answer file. Input layout: one byte of options, then the answer, a NUL, the output.
// Properties (beyond "no crash, no exception"):
//   - the answer is accepted as its own output, under every option;
//   - a verdict is consistent: accepted <=> no message and no difference;
//   - stricter options never accept what laxer ones reject (case, whitespace);
//   - without space_change_sensitive, the answer's tokens one per line are accepted;
//   - without case_sensitive, the answer with ASCII letters' case swapped is accepted;
//   - the validator's flags, read from the same bytes, parse or give a ConfigError.
#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.h"
#include "judge/default_validator.h"

namespace {

using judge::DefaultValidatorOptions;
using judge::ValidationResult;

DefaultValidatorOptions options_from(std::uint8_t bits) {
  DefaultValidatorOptions options;
  options.case_sensitive = (bits & 1) != 0;
  options.space_change_sensitive = (bits & 2) != 0;
  if ((bits & 4) != 0) options.float_absolute_tolerance = (bits & 16) != 0 ? 0.0 : 1e-6;
  if ((bits & 8) != 0) options.float_relative_tolerance = (bits & 32) != 0 ? 0.0 : 1e-6;
  return options;
}

ValidationResult validate(const std::string& answer, const std::string& output,
                          const DefaultValidatorOptions& options) {
  std::istringstream answer_stream(answer), output_stream(output);
  ValidationResult result = judge::validate_default(answer_stream, output_stream, options);
  judge::fuzz::check(result.accepted == result.message.empty(),
                     "a verdict has a message exactly when it is not accepted", result.message);
  judge::fuzz::check(result.accepted != result.difference.has_value(),
                     "a verdict has a difference exactly when it is not accepted", result.message);
  return result;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

std::vector<std::string> tokens_of(const std::string& text) {
  std::vector<std::string> tokens;
  std::string current;
  for (char c : text) {
    if (is_space(c)) {
      if (!current.empty()) tokens.push_back(std::move(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

std::string swap_ascii_case(std::string text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') {
      c = static_cast<char>(c - 'a' + 'A');
    } else if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return text;
}

std::string show(const std::string& answer, const std::string& output) {
  return "answer: '" + answer.substr(0, 200) + "'\noutput: '" + output.substr(0, 200) + "'";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace judge;
  if (size == 0) return 0;
  const DefaultValidatorOptions options = options_from(data[0]);
  const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::size_t nul = rest.find('\0');
  const std::string answer(rest.substr(0, nul));
  const std::string output(nul == std::string_view::npos ? "" : rest.substr(nul + 1));

  fuzz::check(validate(answer, answer, options).accepted, "the answer is accepted as its output",
              show(answer, answer));

  const bool accepted = validate(answer, output, options).accepted;
  if (accepted && options.case_sensitive) {
    DefaultValidatorOptions lax = options;
    lax.case_sensitive = false;
    fuzz::check(validate(answer, output, lax).accepted,
                "what case_sensitive accepts, the default accepts", show(answer, output));
  }
  if (accepted && options.space_change_sensitive) {
    DefaultValidatorOptions lax = options;
    lax.space_change_sensitive = false;
    fuzz::check(validate(answer, output, lax).accepted,
                "what space_change_sensitive accepts, the default accepts", show(answer, output));
  }

  const std::vector<std::string> tokens = tokens_of(answer);
  if (!options.space_change_sensitive) {
    std::string one_per_line;
    for (const std::string& token : tokens) one_per_line += token + "\n";
    fuzz::check(validate(answer, one_per_line, options).accepted,
                "whitespace changes are accepted by default", show(answer, one_per_line));
  }
  if (!options.case_sensitive) {
    const std::string swapped = swap_ascii_case(answer);
    fuzz::check(validate(answer, swapped, options).accepted,
                "case changes are accepted without case_sensitive", show(answer, swapped));
  }

  // The flags of the validator, as a package's problem.yaml or test_group.yaml would give them.
  const std::string source = "output_validator_args";
  fuzz::expect_only_config_errors(source, [&] {
    std::vector<std::string> args(
        tokens.begin(),
        tokens.begin() + static_cast<long>(std::min<std::size_t>(tokens.size(), 8)));
    parse_default_validator_flags(args, source);
  });
  return 0;
}
