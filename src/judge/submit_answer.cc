#include "judge/submit_answer.h"

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <system_error>

#include "judge/run_test.h"
#include "judge/text_limits.h"
#include "util/error.h"
#include "util/untrusted_file.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

// The same file every test's output goes to when a program runs (run_test.cc).
const fs::path kAnswerCopy = "run/stdout";

enum class CopyResult { kCopied, kTooLarge };

// Copies what `from` holds into `to` (truncated first), stopping after max_bytes + 1 bytes.
CopyResult copy_bounded(int from, const fs::path& to, std::int64_t max_bytes) {
  UniqueFd out(::open(to.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW));
  if (!out) throw_errno("open", to.string());
  std::array<char, 1 << 16> buffer{};
  std::int64_t total = 0;
  while (true) {
    const ssize_t got = ::read(from, buffer.data(), buffer.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw_errno("read", "an answer file");
    if (got == 0) return CopyResult::kCopied;
    total += got;
    if (total > max_bytes) return CopyResult::kTooLarge;
    for (ssize_t done = 0; done < got;) {
      const ssize_t put = ::write(out.get(), buffer.data() + done, static_cast<size_t>(got - done));
      if (put < 0 && errno == EINTR) continue;
      if (put < 0) throw_errno("write", to.string());
      done += put;
    }
  }
}

std::string excerpt_of(const fs::path& file) {
  return head_lines(read_prefix(file, kExcerptBytes + 1), kExcerptLines, kExcerptBytes);
}

}  // namespace

const lang::Language& answers_language() {
  static const lang::Language language = [] {
    lang::Language answers;
    answers.id = "answers";
    answers.name = "answers (submit-answer)";
    return answers;
  }();
  return language;
}

std::string answer_name(const problem::TestCase& test) {
  return test.name + ".out";
}

void check_answers_dir(const fs::path& answers) {
  std::error_code error;
  if (!fs::is_directory(answers, error)) {
    throw ConfigError(answers.string(), "",
                      "a submit-answer problem is judged on a folder of answers (secret/01.out "
                      "for the test secret/01, mirroring data/), not on a program");
  }
}

TestOutcome judge_answer(const problem::TestCase& test, const fs::path& answers,
                         const AppliedLimits& limits, bool verbose, StagingDir& staging,
                         OutputChecker& checker) {
  TestOutcome outcome;
  outcome.name = test.name;
  outcome.group = test.group;
  outcome.run.termination = sandbox::Termination::kExited;  // nothing ran: no failure to report
  const std::string name = answer_name(test);
  const fs::path copy = staging.output_file(kAnswerCopy);

  std::string why;
  const UniqueFd answer = open_untrusted_file(answers, name, &why);
  if (!answer) {
    outcome.verdict = Verdict::kWrongAnswer;
    outcome.message = why.empty() ? "no answer: " + name + " is missing" : name + " " + why;
  } else if (copy_bounded(answer.get(), copy, limits.output_bytes) == CopyResult::kTooLarge) {
    outcome.verdict = Verdict::kOutputLimitExceeded;
    outcome.message = name + " is larger than the output limit";
  } else {
    take_check_result(outcome, checker.check(test, copy));
  }
  if (verbose && outcome.verdict != Verdict::kAccepted) {
    outcome.input_excerpt = excerpt_of(test.input);
    outcome.expected_excerpt = excerpt_of(test.answer);
    if (answer) outcome.output_excerpt = excerpt_of(copy);
  }
  return outcome;
}

}  // namespace judge
