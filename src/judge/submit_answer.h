// Submit-answer problems (2025-09 `type: submit-answer`): the submission is a folder of answers,
// one per test case, and nothing is compiled or run.
//
// The format does not say how the answers are named. judge mirrors data/: the answer to test
// `secret/group1/03` is `secret/group1/03.out` in the submission folder (the name the format
// gives a team's output beside `03.in` and `03.ans`, as in data/valid_output/). A missing answer
// is WA ("no answer"), an answer over the output limit is OLE, and an answer that is a symbolic
// link, a FIFO, a device or a folder is WA naming what it is: the folder comes from the
// contestant, and the judge never opens anything on their behalf but a regular file reached
// without a link (util/untrusted_file.h).
#pragma once

#include <filesystem>

#include "judge/output_check.h"
#include "judge/staging.h"
#include "judge/verdict.h"
#include "lang/language.h"
#include "problem/problem.h"

namespace judge {

// The pseudo language reports name for a folder of answers: id "answers", nothing to compile.
const lang::Language& answers_language();

// Where the answer to `test` is, relative to the submission folder: "secret/03.out".
std::string answer_name(const problem::TestCase& test);

// Throws ConfigError unless `answers` is a directory (the folder of a submit-answer submission).
void check_answers_dir(const std::filesystem::path& answers);

// Judges the answer to one test: copies at most output_bytes + 1 bytes of it into the staging
// dir (where a custom validator's sandbox can read it) and hands it to the checker.
TestOutcome judge_answer(const problem::TestCase& test, const std::filesystem::path& answers,
                         const AppliedLimits& limits, bool verbose, StagingDir& staging,
                         OutputChecker& checker);

}  // namespace judge
