// The checks problemtools makes of a package's test data, made on the files themselves (the
// judge runs nothing here):
//   - NAME.in without NAME.ans (error; data/invalid_input(s)/ excepted, whose cases have none),
//     NAME.ans without NAME.in (warning);
//   - CR line endings (warning: validators and token readers treat \r differently);
//   - a non-empty file that does not end with a newline (warning);
//   - two inputs with the same bytes (warning: a wasted test, or a copy-paste mistake);
//   - an answer over the output limit (error: a correct solution would get OLE), an input over
//     the memory limit (warning: a solution reading it whole cannot fit).
// Files are read without following links out of the package (load_problem checked the package
// first; check_package_contents) and only regular files are opened.
#pragma once

#include <filesystem>
#include <vector>

#include "judge/verify/finding.h"
#include "problem/problem.h"

namespace judge::verify {

// Every .in / .ans below problem.dir/data, sorted by path. Findings name files relative to the
// package ("data/secret/03.in").
std::vector<Finding> check_test_data(const problem::Problem& problem);

}  // namespace judge::verify
