// Floating-point tokens as the Kattis problem package format defines them (2025-09, "General
// requirements"): decimal only, optional sign and exponent, no hexadecimal, no inf or nan.
//
//   float        {sign}? {significand} {exponent}?
//   significand  ( {digit}* "." {digit}+ | {digit}+ "." | {digit}+ )
//   exponent     [Ee] {sign}? {digit}+
#pragma once

#include <optional>
#include <string_view>

namespace judge {

// The value of `token` when the whole token matches the grammar, else nullopt. Parsing does not
// depend on the C locale. A number too large for a double gives +-infinity and one too small
// gives +-0, so callers can tell "not a number" (nullopt) from "out of range" (std::isinf).
std::optional<double> parse_float_token(std::string_view token);

}  // namespace judge
