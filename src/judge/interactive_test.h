// Tests judged by the problem's validator program while, or after, the submission runs, over one
// or more passes: interactive problems (the validator is the interactor, connected to the
// submission by two pipes) and multi-pass problems (the validator asks for another pass by
// writing feedback_dir/nextpass.in and exiting 42).
//
// Each pass: the pass's input (the test's .in, then the previous pass's nextpass.in) is the
// validator's input file and, without interaction, the submission's stdin. The feedback folder is
// fresh for every test and kept between its passes (nextpass.in is removed before the next pass);
// the submission's work dir is fresh for every pass. Limits apply per pass.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "judge/classify_interactive.h"
#include "judge/output_check.h"
#include "judge/run_test.h"
#include "judge/staging.h"
#include "judge/verdict.h"
#include "lang/language.h"
#include "problem/problem.h"
#include "sandbox/sandbox.h"

namespace judge {

// Makes the checker of a Polygon interactor's tout for one sandbox (-j N has one per core).
using ToutCheckerFactory =
    std::function<std::unique_ptr<OutputChecker>(sandbox::Sandbox&, StagingDir&)>;

struct ValidatorSetup {
  const lang::Language* language = nullptr;
  std::string program_files;  // the compiled validator: /box's contents (RunSpec::box_contents)
  sandbox::Limits limits;     // its own, not the submission's (validator_limits)
  ValidatorProtocol protocol = ValidatorProtocol::kKattis;
  bool interactive = false;
  bool multi_pass = false;
  int max_passes = 2;  // limits.validation_passes
  // Set for a Polygon interactive package with a checker: once the interactor accepted, the
  // checker judges its output file tout (`checker input tout answer`), and decides the verdict.
  ToutCheckerFactory tout_checker;
};

TestOutcome run_validated_test(const problem::TestCase& test, const SolutionRunSetup& setup,
                               const ValidatorSetup& validator, sandbox::Sandbox& sandbox,
                               StagingDir& staging);

// Copies feedback_dir/nextpass.in to `target` if the validator left one: a regular file owned by
// the sandbox user, opened without following links. Returns false when there is none; throws
// InternalError when it cannot be read or written. Anything else there (a link, a folder, a file
// of another owner) is treated as absent.
bool take_nextpass(const std::filesystem::path& feedback_dir, const std::filesystem::path& target,
                   unsigned sandbox_uid);

}  // namespace judge
