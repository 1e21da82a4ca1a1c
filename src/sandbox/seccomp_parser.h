// Parsing of seccomp/*.policy text into rules (the format is documented at the top of
// seccomp/default.policy). Pure: no libseccomp, no kernel, so every error path is unit-testable.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace judge::sandbox {

enum class PolicyVerb {
  kDeny,   // the run is stopped (kill or notify, chosen at compile time)
  kErrno,  // the call fails with PolicyRule::errno_value and the program goes on
  kAllow,  // the call proceeds (only meaningful under `default deny`)
};

enum class ArgCompare {
  kEqual,        // argN == value
  kNotEqual,     // argN != value
  kAnyBit,       // argN & mask          (at least one bit of mask is set)
  kMaskedEqual,  // argN & mask == value
  kNotIn,        // argN not in A,B,C  (the whole 64-bit register is none of `allowed`)
};

struct ArgCondition {
  int arg = 0;  // 0..5
  ArgCompare compare = ArgCompare::kEqual;
  std::uint64_t mask = 0;              // kAnyBit, kMaskedEqual
  std::uint64_t value = 0;             // kEqual, kNotEqual, kMaskedEqual
  std::vector<std::uint64_t> allowed;  // kNotIn: sorted, distinct
};

// The most values a `not in` condition may leave between its smallest and largest allowed value:
// each becomes a rule of its own (libseccomp compares an argument once per rule).
inline constexpr std::uint64_t kMaxNotInGaps = 256;

struct PolicyRule {
  int line = 0;  // 1-based line in the policy file, for error messages
  PolicyVerb verb = PolicyVerb::kDeny;
  int errno_value = 0;                   // kErrno only
  std::string syscall;                   // as written in the file
  int syscall_nr = 0;                    // native (x86_64) number
  std::vector<ArgCondition> conditions;  // all must hold (AND); empty = always
};

struct Policy {
  bool default_allow = true;  // `default allow` (a denylist) or `default deny` (an allowlist)
  std::vector<PolicyRule> rules;
};

// Parses a whole policy. `file` is only used in error messages.
// Throws ConfigError(file, "line N", "what is wrong") on the first bad line.
Policy parse_policy(std::string_view text, const std::string& file);

}  // namespace judge::sandbox
