// testlib's standard checkers, written here and run inside the judge (no compile step), with
// testlib's names and semantics:
//   wcmp   sequences of tokens, equal one by one
//   lcmp   lines, each compared as a sequence of tokens
//   fcmp   lines, equal byte for byte
//   ncmp   sequences of 64-bit integers        uncmp  the same, in any order
//   icmp   one 32-bit integer                  hcmp   one integer of any size
//   rcmp4 / rcmp6 / rcmp9  sequences of doubles, absolute or relative error 1e-4 / 1e-6 / 1e-9
//   yesno  one YES or NO, any case             nyesno a sequence of them
// A malformed answer file is the package's fault (JE); extra or malformed output is WA (testlib's
// PE, which the judge reports as WA).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "judge/output_check.h"
#include "judge/verdict.h"

namespace judge {

struct BuiltinVerdict {
  Verdict verdict = Verdict::kAccepted;  // kAccepted, kWrongAnswer or kJudgeError
  std::string message;
};

bool is_builtin_checker(std::string_view name);
const char* builtin_checker_names();  // "wcmp, lcmp, ..." for messages

BuiltinVerdict run_builtin_checker(std::string_view name, std::string_view output,
                                   std::string_view answer);

// A built-in checker as the run's output checker.
class BuiltinOutputChecker final : public OutputChecker {
 public:
  explicit BuiltinOutputChecker(std::string name) : name_(std::move(name)) {}
  CheckResult check(const problem::TestCase& test, const std::filesystem::path& output) override;

 private:
  std::string name_;
};

}  // namespace judge
