// Where the judge's data files (languages/*.yaml, seccomp/*.policy) live: $JUDGE_DATA_DIR when
// set, else the source tree the binary was built from, else the install prefix's share/judge.
#pragma once

#include <filesystem>

namespace judge {

std::filesystem::path data_dir();

}  // namespace judge
