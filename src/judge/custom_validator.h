// A problem's own output validator (Kattis protocol), compiled like a solution and run in the
// sandbox once per test:
//     validator /box/input /box/answer /box/feedback/ [test's validator_args] < output
// Exit 42 means accepted, 43 wrong answer. Anything else (exit 0 included, as the spec says, a
// signal, a time-out, a sandbox failure) is a judge error: a broken validator never accepts.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "judge/compile_cache.h"
#include "judge/output_check.h"
#include "judge/staging.h"
#include "lang/language.h"
#include "sandbox/sandbox.h"

namespace judge {

inline constexpr int kValidatorAccepted = 42;
inline constexpr int kValidatorWrongAnswer = 43;

// The validator's main source and language. custom_path is a source file, or a folder holding
// exactly one source in a known language (other files in it, such as headers, come along).
// Throws ConfigError naming the path otherwise.
Program find_validator_program(const std::filesystem::path& custom_path,
                               const lang::Registry& registry);
// The same for a problem's validator, with the spec's extra_files (Polygon's headers) added.
Program find_validator_program(const problem::ValidatorSpec& spec, const lang::Registry& registry);

// Generous, because a slow validator must not turn into a verdict about the solution: CPU
// max(10 s, 10 x the solution's time limit), wall twice that, 1 GiB, plus what the validator's
// runtime needs (its language's memory_extra). A package's limits.validation_time /
// validation_memory / validation_output (when `package` is given) replace the defaults.
sandbox::Limits validator_limits(const AppliedLimits& solution_limits,
                                 const lang::Language& language,
                                 const problem::ProblemLimits* package = nullptr);

// The validator's run: its program (argv from the language's run template, then `arguments`),
// /box holding `program_files` (RunSpec::box_contents) and `files`, its limits. stdin and stdout
// are the caller's to set.
sandbox::RunSpec validator_run_spec(const lang::Language& language,
                                    const std::string& program_files, const sandbox::Limits& limits,
                                    const std::vector<std::string>& arguments,
                                    const std::vector<sandbox::Bind>& files);
// The folder of a validator's read-only files (input, answer; output for testlib), laid over its
// program in /box (RunSpec::box_files): staged afresh for each run under `run_dir`.
inline const std::filesystem::path kValidatorFilesDir = "files";
// The writable /box/feedback: the host folder `feedback` as an overlay's upper layer, with a
// fresh work folder beside it (sandbox::Bind::work_path).
sandbox::Bind feedback_bind(StagingDir& staging, const std::filesystem::path& feedback);
// judgemessage.txt, trimmed to a report's size; the first lines of a validator's stderr.
// *refused says why when judgemessage.txt was not a plain file of the validator's (a judge error).
std::string read_judge_message(const std::filesystem::path& feedback_dir, std::string* refused);
std::string validator_stderr_excerpt(const std::string& stderr_text);

class CustomValidator final : public OutputChecker {
 public:
  // kTestlib: the program is a testlib checker, run as `checker input output answer`, exit
  // 0 OK, 1 WA, 2 PE (reported as WA), 3 FAIL (JE), 7 points ("points X" first on stderr).
  CustomValidator(const lang::Language& language, std::string program_files, sandbox::Limits limits,
                  sandbox::Sandbox& sandbox, StagingDir& staging,
                  problem::CheckerProtocol protocol = problem::CheckerProtocol::kKattis);
  CheckResult check(const problem::TestCase& test, const std::filesystem::path& output) override;

 private:
  const lang::Language& language_;
  std::string program_files_;  // /box's contents (RunSpec::box_contents)
  sandbox::Limits limits_;
  sandbox::Sandbox& sandbox_;
  StagingDir& staging_;
  problem::CheckerProtocol protocol_;
};

}  // namespace judge
