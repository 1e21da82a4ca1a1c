#include "judge/custom_validator.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <system_error>

#include "judge/classify.h"
#include "judge/classify_interactive.h"
#include "judge/compile.h"
#include "judge/score_file.h"
#include "judge/text_limits.h"
#include "judge/validator_output_file.h"
#include "util/error.h"
#include "util/text.h"
#include "util/units.h"
#include "util/untrusted_file.h"

namespace judge {

namespace fs = std::filesystem;
using sandbox::RunResult;
using sandbox::Termination;

namespace {

constexpr std::int64_t kValidatorMemoryBytes = 1ll << 30;
constexpr std::int64_t kValidatorMinCpuMs = 10'000;
constexpr std::size_t kJudgeMessageBytes = 4 << 10;
constexpr std::size_t kJudgeMessageLines = 20;
const fs::path kRunDir = "validator-run";

// judgemessage.txt as the validator left it. The validator controls the feedback dir: a link to
// a host file or a FIFO there is never followed or opened (read_untrusted_file); *refused then
// says why, and the run is a judge error whatever the exit code.
std::string judge_message_of(const fs::path& feedback_dir, std::string* refused) {
  const UntrustedFile file =
      read_untrusted_file(feedback_dir, "judgemessage.txt", kJudgeMessageBytes + 1);
  if (file.status == UntrustedFile::Status::kRefused) {
    *refused = "the output validator's judgemessage.txt " + file.why;
  }
  return std::string(trim_right(head_lines(file.data, kJudgeMessageLines, kJudgeMessageBytes)));
}

std::vector<fs::path> visible_files(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
    if (entry.path().filename().string().starts_with('.')) continue;
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string names_of(const std::vector<fs::path>& files) {
  std::string out;
  for (const fs::path& file : files) out += (out.empty() ? "" : ", ") + file.filename().string();
  return out;
}

// testlib's exit codes; the first line of stderr is the checker's comment.
CheckResult testlib_result(const RunResult& run, const sandbox::Limits& limits) {
  CheckResult result;
  result.judge_message = validator_stderr_excerpt(run.stderr_text);
  const std::string comment(first_nonblank_line(result.judge_message));
  const bool exited = run.termination == Termination::kExited && !run.cpu_limit_exceeded &&
                      !run.wall_limit_exceeded && !run.memory_limit_exceeded &&
                      !run.output_limit_exceeded;
  if (!exited) {
    result.message = validator_verdict(run, limits, ValidatorProtocol::kKattis).message;
    return result;
  }
  switch (run.exit_code) {
    case 0:
      result.verdict = Verdict::kAccepted;
      return result;
    case 1:
    case 2:
      result.verdict = Verdict::kWrongAnswer;
      result.message = comment.empty() ? "the checker rejected the output" : comment;
      return result;
    case 7: {
      // "points 12.5 comment": the points are the test's score.
      std::istringstream words(comment);
      std::string label, points;
      words >> label >> points;
      const auto value = parse_score(points);
      if (label == "points" && value) {
        result.verdict = Verdict::kAccepted;
        result.score = value;
        return result;
      }
      result.message = "the checker exited with 7 (points) without \"points X\" on stderr";
      return result;
    }
    default:
      result.message = run.exit_code == 3
                           ? "the checker failed (FAIL): " + comment
                           : "the checker exited with code " + std::to_string(run.exit_code) +
                                 "; expected testlib's 0, 1, 2, 3 or 7";
      return result;
  }
}

}  // namespace

Program find_validator_program(const fs::path& custom_path, const lang::Registry& registry) {
  Program program;
  if (!fs::is_directory(custom_path)) {
    program.language = registry.detect(custom_path);
    if (program.language == nullptr) {
      throw ConfigError(custom_path.string(), "",
                        "the output validator's language is not known; expected a source file "
                        "with a known extension (see `judge languages`)");
    }
    program.source.main_file = custom_path;
    return program;
  }

  const std::vector<fs::path> files = visible_files(custom_path);
  std::vector<fs::path> sources;
  for (const fs::path& file : files) {
    if (registry.detect(file) != nullptr) sources.push_back(file);
  }
  if (sources.size() != 1) {
    throw ConfigError(custom_path.string(), "",
                      sources.empty()
                          ? "no source file in a known language (found: " + names_of(files) +
                                "); build/run scripts are not supported yet"
                          : "several validator sources (" + names_of(sources) +
                                "); expected exactly one, next to the headers it includes");
  }
  program.language = registry.detect(sources.front());
  program.source.main_file = sources.front();
  for (const fs::path& file : files) {
    if (file != sources.front()) program.source.extra_files.push_back(file);
  }
  return program;
}

Program find_validator_program(const problem::ValidatorSpec& spec, const lang::Registry& registry) {
  Program program = find_validator_program(spec.custom_path, registry);
  for (const fs::path& file : spec.extra_files) program.source.extra_files.push_back(file);
  return program;
}

sandbox::Limits validator_limits(const AppliedLimits& solution_limits,
                                 const lang::Language& language,
                                 const problem::ProblemLimits* package) {
  sandbox::Limits limits;
  limits.cpu_time_ms = std::max(kValidatorMinCpuMs, 10 * solution_limits.time_limit_ms);
  std::int64_t memory_bytes = kValidatorMemoryBytes;
  if (package) {
    limits.cpu_time_ms = package->validation_time_ms.value_or(limits.cpu_time_ms);
    memory_bytes = package->validation_memory_bytes.value_or(memory_bytes);
    limits.output_bytes = package->validation_output_bytes.value_or(limits.output_bytes);
  }
  limits.wall_time_ms = 2 * limits.cpu_time_ms;
  limits.memory_bytes = memory_bytes + language.memory_extra_bytes;
  limits.max_processes = std::max(1, language.max_processes);
  return limits;
}

CustomValidator::CustomValidator(const lang::Language& language, std::string program_files,
                                 sandbox::Limits limits, sandbox::Sandbox& sandbox,
                                 StagingDir& staging, problem::CheckerProtocol protocol)
    : language_(language),
      program_files_(std::move(program_files)),
      limits_(limits),
      sandbox_(sandbox),
      staging_(staging),
      protocol_(protocol) {}

sandbox::RunSpec validator_run_spec(const lang::Language& language,
                                    const std::string& program_files, const sandbox::Limits& limits,
                                    const std::vector<std::string>& arguments,
                                    const std::vector<sandbox::Bind>& files) {
  sandbox::RunSpec spec;
  spec.argv =
      lang::expand_template(language.run, lang::template_values(language, limits.memory_bytes));
  spec.argv.insert(spec.argv.end(), arguments.begin(), arguments.end());
  spec.env = language.run_env;
  spec.cwd = "/box";
  spec.box_contents = program_files;
  spec.binds = files;
  spec.extra_readonly = language.extra_readonly;
  spec.limits = limits;
  // The feedback dir is on the host's disk: no single feedback file may grow past this.
  spec.limits.file_size_bytes = std::min(spec.limits.file_size_bytes, kFeedbackFileBytes);
  return spec;
}

sandbox::Bind feedback_bind(StagingDir& staging, const fs::path& feedback) {
  fs::path work = feedback;
  work += ".work";
  const fs::path relative = fs::relative(work, staging.path());
  return {feedback.string(), "/box/feedback", true, staging.make_writable_dir(relative).string()};
}

std::string read_judge_message(const fs::path& feedback_dir, std::string* refused) {
  return judge_message_of(feedback_dir, refused);
}

std::string validator_stderr_excerpt(const std::string& stderr_text) {
  return std::string(trim_right(head_lines(stderr_text, kJudgeMessageLines, kJudgeMessageBytes)));
}

CheckResult CustomValidator::check(const problem::TestCase& test, const fs::path& output) {
  // Fresh copies for every test: the validator must not see another test's files, and the
  // sandbox user may not be able to reach the problem directory.
  const fs::path files = kRunDir / kValidatorFilesDir;
  staging_.copy_file_in(test.input, files / "input");
  staging_.copy_file_in(test.answer, files / "answer");
  const fs::path feedback = staging_.make_writable_dir(kRunDir / "feedback");
  const bool testlib = protocol_ == problem::CheckerProtocol::kTestlib;
  std::vector<std::string> arguments = {"/box/input", "/box/answer", "/box/feedback/"};
  if (testlib) {
    arguments = {"/box/input", "/box/output", "/box/answer"};
  } else {
    arguments.insert(arguments.end(), test.validator_args.begin(), test.validator_args.end());
  }
  if (testlib) staging_.copy_file_in(output, files / "output");
  sandbox::RunSpec spec = validator_run_spec(language_, program_files_, limits_, arguments,
                                             {feedback_bind(staging_, feedback)});
  spec.box_files = (staging_.path() / files).string();
  spec.stdin_path = output.string();

  const RunResult run = sandbox_.run(spec);
  if (testlib) return testlib_result(run, limits_);
  CheckResult result;
  std::string refused;
  result.judge_message = judge_message_of(feedback, &refused);
  if (!refused.empty()) {
    result.verdict = Verdict::kJudgeError;
    result.message = refused;
    return result;
  }
  // Scoring: what the validator wrote beside its verdict (the scoring rules judge it).
  const ScoreFile score = read_score_file(feedback / "score.txt");
  const ScoreFile multiplier = read_score_file(feedback / "score_multiplier.txt");
  result.score = score.value;
  result.score_multiplier = multiplier.value;
  const std::string score_error = !score.error.empty() ? score.error : multiplier.error;
  const Classification verdict = validator_verdict(run, limits_, ValidatorProtocol::kKattis);
  result.verdict = verdict.verdict;
  if (!score_error.empty() && verdict.verdict != Verdict::kJudgeError) {
    result.verdict = Verdict::kJudgeError;
    result.message = "the output validator's " + score_error;
  } else if (verdict.verdict == Verdict::kWrongAnswer) {
    result.message = first_nonblank_line(result.judge_message);
    if (result.message.empty()) result.message = "the output validator rejected the output";
  } else if (verdict.verdict == Verdict::kJudgeError) {
    result.message = verdict.message;
    // A crashing validator usually explains itself on stderr, not in judgemessage.txt.
    if (result.judge_message.empty())
      result.judge_message = validator_stderr_excerpt(run.stderr_text);
  }
  return result;
}

}  // namespace judge
