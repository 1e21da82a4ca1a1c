// The default output validator of the Kattis / ICPC problem package format ("Default output
// validator specification" in spec 2025-09; the same rules as legacy and problemtools'
// support/default_validator), run in-process instead of as a separate program.
//
// Both files are split into tokens at runs of the six whitespace bytes (space, \t, \n, \v, \f,
// \r) and compared token by token:
//   - strings: byte for byte with case_sensitive, else with ASCII A-Z folded to a-z;
//   - floats: when a tolerance is set and the ANSWER token is a float by the spec's grammar
//     (judge/float_token.h), the output token must be one too and be within the absolute OR the
//     relative tolerance. "inf" and "nan" are not floats in that grammar, so they compare as
//     strings. An answer too large for a double also compares as a string (as problemtools does);
//   - whitespace: ignored, except with space_change_sensitive, where every whitespace run
//     (leading, between tokens and trailing) must equal the answer's byte for byte, so "\r\n"
//     differs from "\n" and a missing final newline is a difference.
// A different number of tokens is a wrong answer.
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "judge/verdict.h"

namespace judge {

struct DefaultValidatorOptions {
  bool case_sensitive = false;
  bool space_change_sensitive = false;
  std::optional<double> float_absolute_tolerance;
  std::optional<double> float_relative_tolerance;
};

// Parses validator flags such as {"case_sensitive", "space_change_sensitive", "float_tolerance",
// "1e-6", "float_absolute_tolerance", "1e-9", "float_relative_tolerance", "1e-6"}.
// float_tolerance sets both tolerances. Throws ConfigError(source_description, "validator flags",
// ...) for an unknown flag, a tolerance without a non-negative number after it, a tolerance
// given twice, or float_tolerance together with one of the other two (all errors by the spec).
DefaultValidatorOptions parse_default_validator_flags(const std::vector<std::string>& args,
                                                      const std::string& source_description);

struct ValidationResult {
  bool accepted = false;
  // "" when accepted; else one line such as "line 3: expected '42', got '41'".
  std::string message;
  // Where the first difference is, when not accepted. `expected` and `got` are display forms:
  // cut to about 60 bytes (ending in "...") with control bytes and invalid UTF-8 shown as \xNN;
  // for a whitespace difference they are the whitespace runs (\n, \r, \t escaped).
  std::optional<Difference> difference;
};

// Compares the program's output with the answer. Both streams are read once, as they are
// compared, through their stream buffers: memory stays small even for a 64 MiB output, because
// an output token is kept only up to what could still match the answer token.
ValidationResult validate_default(std::istream& answer, std::istream& output,
                                  const DefaultValidatorOptions& options);

}  // namespace judge
