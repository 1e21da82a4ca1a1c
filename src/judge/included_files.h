// Files a package adds to a submission (2025-09 "Included files" and test case `.files/`).
//
//   include/<language>/ (else include/default/): copied in with the submission's sources before
//     compiling, after the code limit was checked. As the format says, an included file
//     REPLACES a submission file of the same name: a driver or a header the problem provides
//     must be the package's, never one a contestant wrote. A file named like the language's
//     main file (main.cpp, main.py: lang source_name) becomes the entry point and the
//     submission's own main file is compiled beside it under its own name.
//   <test>.files/: its contents are placed in the work dir (/box) of every run of that test,
//     after compiling, bound read-only: the submission may read them, never change them for a
//     later test.
//
// Both are copied into the sandbox, so a symbolic link in them is refused (exit 2) even when it
// stays inside the package: a link to data/secret/01.ans would hand the submission the answer.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "judge/compile_cache.h"
#include "judge/staging.h"
#include "lang/language.h"
#include "problem/problem.h"
#include "sandbox/run_spec.h"

namespace judge {

// The included files' folder for `language` (include/<language>/, else include/default/), or ""
// when the problem has none for it.
std::filesystem::path included_dir_for(const problem::Problem& problem,
                                       const lang::Language& language);

// `source` with the included files of `language` added (see above). ConfigError naming the
// file for a link, a subfolder or a file whose name starts with '-'.
ProgramSource with_included_files(const problem::Problem& problem, const lang::Language& language,
                                  ProgramSource source);

// Copies every selected test's .files/ into the staging dir, once: test name -> staged copy.
// ConfigError naming the file for a symbolic link anywhere below a .files/ folder.
std::map<std::string, std::filesystem::path> stage_test_files(
    const std::vector<const problem::TestCase*>& tests, StagingDir& staging);

}  // namespace judge
