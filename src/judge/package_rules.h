// What a problem package's problem.yaml asks of the submission and of the judge's own tools,
// beyond the run limits: the languages it allows, the largest source it takes, the compile step's
// limits and the output validator's. (Keys judge does not implement are refused earlier, by
// problem::refuse_unimplemented.)
#pragma once

#include <memory>

#include "lang/language.h"
#include "problem/problem.h"
#include "sandbox/run_spec.h"

namespace judge {

struct ProgramSource;

// A language matches a code of the format's language table when its id is the code, the code
// followed by a version ("cpp20" for "cpp") or another implementation of it ("pypy3" for
// "python3").
bool language_matches_code(const std::string& id, const std::string& code);

// ConfigError (exit 2) naming problem.yaml's `languages` when the problem does not allow
// `language`, or `limits.code` when the sources are larger than it allows. A language matches a
// code of the format's language table when its id is the code, the code followed by a version
// ("cpp20" for "cpp") or another implementation of it ("pypy3" for "python3").
void check_submission_allowed(const problem::Problem& problem, const lang::Language& language,
                              const ProgramSource& source);

// `language` with limits.compilation_time / compilation_memory applied, or nullptr when the
// problem sets neither (use `language` itself).
std::shared_ptr<const lang::Language> with_problem_compile_limits(const problem::Problem& problem,
                                                                  const lang::Language& language);

}  // namespace judge
