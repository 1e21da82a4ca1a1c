// The expectation each submissions/ folder implies (expectation_sources.h).
#include "judge/verify/expectation_sources.h"

namespace judge::verify {

namespace {

VerdictSet code(const std::string& format_code) {
  return *format_verdict(format_code);
}

VerdictSet codes(std::initializer_list<const char*> format_codes) {
  VerdictSet set;
  for (const char* format_code : format_codes) set.add(code(format_code));
  return set;
}

Expectation with_rule(const std::string& folder, VerdictSet permitted,
                      std::optional<VerdictSet> required) {
  Expectation expectation;
  expectation.origins.push_back("folder " + folder);
  expectation.rule.permitted = permitted;
  expectation.rule.required = required;
  return expectation;
}

Expectation with_final(const std::string& folder, VerdictSet final_verdict) {
  Expectation expectation;
  expectation.origins.push_back("folder " + folder);
  expectation.final_verdict = final_verdict;
  return expectation;
}

Expectation partially_accepted() {
  Expectation expectation;
  expectation.origins.push_back("folder partially_accepted");
  expectation.score = ScoreRange{0, 0, true};
  return expectation;
}

}  // namespace

std::optional<Expectation> folder_expectation(const std::string& folder,
                                              problem::PackageFormat format) {
  const VerdictSet mle = VerdictSet::of({Verdict::kMemoryLimitExceeded});
  if (folder == "partially_accepted") return partially_accepted();
  if (format == problem::PackageFormat::kLegacy) {
    // problemtools: the submission's result is the folder's verdict.
    if (folder == "accepted") return with_final(folder, code("AC"));
    if (folder == "wrong_answer") return with_final(folder, code("WA"));
    if (folder == "time_limit_exceeded") return with_final(folder, code("TLE"));
    if (folder == "run_time_error") return with_final(folder, code("RTE"));
    if (folder == "memory_limit_exceeded") return with_final(folder, mle);
  }
  const VerdictSet any = VerdictSet::any_outcome();
  if (folder == "accepted") return with_rule(folder, code("AC"), any);
  if (folder == "rejected") return with_rule(folder, any, codes({"RTE", "TLE", "WA"}));
  if (folder == "wrong_answer") return with_rule(folder, codes({"AC", "WA"}), code("WA"));
  if (folder == "time_limit_exceeded") {
    return with_rule(folder, codes({"AC", "TLE"}), code("TLE"));
  }
  if (folder == "run_time_error") return with_rule(folder, codes({"AC", "RTE"}), code("RTE"));
  if (folder == "brute_force") {
    return with_rule(folder, codes({"AC", "RTE", "TLE"}), codes({"RTE", "TLE"}));
  }
  if (folder == "memory_limit_exceeded") {
    VerdictSet permitted = code("AC");
    permitted.add(mle);
    return with_rule(folder, permitted, mle);
  }
  return std::nullopt;
}

}  // namespace judge::verify
