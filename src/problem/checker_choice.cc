#include "problem/checker_choice.h"

#include <algorithm>
#include <array>

#include "util/error.h"

namespace judge::problem {

namespace {

constexpr std::array<const char*, 12> kStandard = {"wcmp",  "lcmp",  "fcmp",  "ncmp",
                                                   "icmp",  "uncmp", "hcmp",  "rcmp4",
                                                   "rcmp6", "rcmp9", "yesno", "nyesno"};

}  // namespace

bool is_standard_checker_name(const std::string& name) {
  return std::find(kStandard.begin(), kStandard.end(), name) != kStandard.end();
}

void apply_checker_choice(ValidatorSpec& spec, const std::optional<std::string>& checker,
                          const std::filesystem::path& problem_yaml) {
  if (!checker || *checker == "kattis") return;
  if (is_standard_checker_name(*checker)) {
    if (spec.kind == ValidatorSpec::Kind::kCustom || spec.interactive) {
      throw ConfigError(problem_yaml.string(), "checker",
                        "a built-in checker (" + *checker +
                            ") cannot replace the package's own output validator; remove one");
    }
    spec.protocol = CheckerProtocol::kBuiltin;
    spec.builtin_name = *checker;
    return;
  }
  if (*checker == "testlib") {
    if (spec.kind != ValidatorSpec::Kind::kCustom) {
      throw ConfigError(problem_yaml.string(), "checker",
                        "testlib needs the checker's source in output_validator/ (2025-09) or "
                        "output_validators/NAME/ (legacy), with its testlib.h beside it");
    }
    if (spec.multi_pass) {
      throw ConfigError(problem_yaml.string(), "checker",
                        "testlib validators cannot ask for another pass; multi-pass problems use "
                        "the Kattis protocol (nextpass.in and exit 42)");
    }
    // One key for both: a checker (checker input output answer) or, for an interactive
    // problem, an interactor (interactor input tout).
    spec.protocol = CheckerProtocol::kTestlib;
    spec.testlib = true;
    return;
  }
  throw ConfigError(problem_yaml.string(), "checker",
                    "unknown checker \"" + *checker +
                        "\"; expected kattis, testlib or one of wcmp, lcmp, fcmp, ncmp, icmp, "
                        "uncmp, hcmp, rcmp4, rcmp6, rcmp9, yesno, nyesno");
}

}  // namespace judge::problem
