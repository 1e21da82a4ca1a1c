// The time limit as ICPC archives keep it outside problem.yaml: a `.timelimit` file at the
// package root (BAPCtools and DOMjudge write it: a number of seconds) or `timelimit = N` in
// `domjudge-problem.ini`. problem.yaml's limits.time_limit wins over both.
#pragma once

#include <filesystem>

#include "problem/problem.h"

namespace judge::problem {

// Fills limits.time_limit_ms and time_limit_source from those files when problem.yaml gave no
// limit. ConfigError naming the file for a value that is not a positive number of seconds.
void read_time_limit_files(const std::filesystem::path& dir, ProblemLimits& limits);

}  // namespace judge::problem
