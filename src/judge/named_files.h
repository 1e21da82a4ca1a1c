// Tests given and answered through named files (Polygon's judging@input-file / @output-file)
// instead of stdin and stdout.
//
//   - input: the test's input is copied into the staging dir under the package's name, in a
//     folder laid over /box for the test's run (RunSpec::box_files): the solution reads
//     /box/input.txt, its stdin is empty (/dev/null);
//   - output: the run's /box is handed back (RunSpec::hand_back_box) and /box/output.txt is
//     copied out of it as data, as the checker's output; stdout is read and dropped (still
//     bounded by the output limit). The file is opened without following any link, only as a
//     regular file (never a FIFO or a device, which could block or have side effects), and never
//     more than the output limit is read: more is OLE, no file or anything else is WA.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "judge/staging.h"
#include "judge/verdict.h"
#include "problem/problem.h"

namespace judge {

// Copies the test's input into the staging dir as `input_file`, replacing the previous test's
// (one input on disk at a time, however large the tests), and returns its folder, for
// RunSpec::box_files. InternalError if the test has a .files/ folder too: only Polygon packages
// name files, and they have none.
std::filesystem::path stage_named_input(const problem::TestCase& test,
                                        const std::string& input_file, StagingDir& staging);

// What reading a run's named output found.
struct NamedOutput {
  enum class Status { kRead, kMissing, kRefused, kTooLarge };
  Status status = Status::kMissing;
  std::string why;  // kRefused: "is a symbolic link (or ...); not followed"
};

// Copies `name` below box_fd (a finished run's /box) into `target` (replaced), at most max_bytes:
// kTooLarge when the file holds more (target then holds the first max_bytes).
NamedOutput copy_named_output(int box_fd, const std::string& name, std::int64_t max_bytes,
                              const std::filesystem::path& target);

// After the solution's run: takes its named output into `target` and settles the verdict it
// implies (OLE, WA for a missing or refused file, IE when the run's /box was not handed back),
// then lets go of the run's /box. A run already classified TLE, MLE or an IE keeps its verdict;
// an RE whose file outgrew the limit is OLE (a full /box is why a program fails to write).
void take_named_output(TestOutcome& outcome, const std::string& name, std::int64_t max_bytes,
                       const std::filesystem::path& target);

}  // namespace judge
