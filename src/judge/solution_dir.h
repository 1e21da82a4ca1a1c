// What a solution given as a directory may contain (`judge run DIR PROBLEM`).
//
// The directory comes from whoever wrote the solution, and the judge copies its files into the
// sandbox with its own rights, so:
//   - a symbolic link is refused: copied as its target it would hand the program a host file or
//     the problem's answers;
//   - a name starting with '-' is refused: a compiler would read it as an option (gcc -B...);
//   - a FIFO, socket or device is refused: reading it blocks the judge or touches hardware.
// Each is exit 2 naming the file and the fix. Only the directory's own entries are looked at:
// subdirectories are never copied into the sandbox, so whatever they hold cannot reach it.
#pragma once

#include <filesystem>

namespace judge {

// Throws ConfigError naming the first entry of `dir` that breaks the rules above.
void check_solution_dir(const std::filesystem::path& dir);

}  // namespace judge
