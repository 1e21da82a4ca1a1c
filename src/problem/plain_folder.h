// A plain folder of tests (no problem.yaml, no data/): NAME.in with NAME.ans or NAME.out, in the
// folder itself or in its tests/ subfolder, the layout oj, cf-tool and hand-made tests use.
#pragma once

#include <filesystem>
#include <vector>

#include "problem/problem.h"

namespace judge::problem {

// Test cases named NAME, group "", in natural order ("2" before "10": hand-made tests are
// rarely zero-padded). Empty when the folder holds no NAME.in at all.
std::vector<TestCase> collect_plain_tests(const std::filesystem::path& dir);

}  // namespace judge::problem
