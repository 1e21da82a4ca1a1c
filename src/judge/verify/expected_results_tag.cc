// DOMjudge's `@EXPECTED_RESULTS@:` tag in a submission's source (expectation_sources.h).
#include <algorithm>
#include <cctype>

#include "judge/verify/expectation_sources.h"
#include "util/error.h"

namespace judge::verify {

namespace {

constexpr const char* kTag = "@EXPECTED_RESULTS@:";

std::string trimmed_upper(std::string text) {
  const auto not_space = [](unsigned char c) { return std::isspace(c) == 0; };
  text.erase(text.begin(), std::find_if(text.begin(), text.end(), not_space));
  text.erase(std::find_if(text.rbegin(), text.rend(), not_space).base(), text.end());
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

bool apply_expected_results_tag(const std::string& source, const std::string& file,
                                Expectation& expectation) {
  const std::size_t at = source.find(kTag);
  if (at == std::string::npos) return false;
  const std::size_t start = at + std::string(kTag).size();
  const std::size_t end = source.find_first_of("\r\n", start);
  const std::string list = source.substr(start, end == std::string::npos ? end : end - start);

  VerdictSet verdicts;
  bool no_output = false;
  std::size_t from = 0;
  while (from <= list.size()) {
    std::size_t comma = list.find(',', from);
    if (comma == std::string::npos) comma = list.size();
    const std::string name = trimmed_upper(list.substr(from, comma - from));
    from = comma + 1;
    // A comment's closing `*/` may follow the list on the same line.
    const std::string word = name.substr(0, name.find_first_of(" \t*"));
    if (word.empty()) continue;
    if (word == "CORRECT") {
      verdicts.add(Verdict::kAccepted);
    } else if (word == "WRONG-ANSWER") {
      verdicts.add(Verdict::kWrongAnswer);
    } else if (word == "TIMELIMIT") {
      verdicts.add(Verdict::kTimeLimitExceeded);
    } else if (word == "RUN-ERROR") {
      // DOMjudge has no memory verdict: a program over the memory limit is a run error there.
      verdicts.add(Verdict::kRuntimeError);
      verdicts.add(Verdict::kMemoryLimitExceeded);
    } else if (word == "OUTPUT-LIMIT") {
      verdicts.add(Verdict::kOutputLimitExceeded);
    } else if (word == "COMPILER-ERROR") {
      verdicts.add(Verdict::kCompileError);
    } else if (word == "NO-OUTPUT") {
      no_output = true;
    } else {
      throw ConfigError(file, "@EXPECTED_RESULTS@",
                        "unknown result '" + word +
                            "'; expected CORRECT, WRONG-ANSWER, TIMELIMIT, RUN-ERROR, "
                            "COMPILER-ERROR, NO-OUTPUT or OUTPUT-LIMIT, separated by commas");
    }
  }
  if (verdicts.empty() && !no_output) {
    throw ConfigError(file, "@EXPECTED_RESULTS@",
                      "the tag lists no result; write e.g. @EXPECTED_RESULTS@: CORRECT");
  }
  expectation.final_verdict = verdicts;
  expectation.no_output_permitted = no_output;
  expectation.origins.push_back("@EXPECTED_RESULTS@");
  return true;
}

}  // namespace judge::verify
