// One submission judged by `judge run --json` in a process of its own: a judge that crashes or
// is killed on one submission takes no other with it, and grade reuses the pipeline and the JSON
// document of `judge run` unchanged.
#pragma once

#include <string>
#include <vector>

namespace judge::grade {

struct ProcessOutcome {
  bool exited = false;  // else killed by `signal`
  int exit_code = 0;
  int signal = 0;
  std::string out;  // its standard output
  std::string err;  // its standard error (the first 64 KiB)
};

// Runs argv[0] with argv (no shell), stdin from /dev/null, stdout and stderr captured in
// unlinked temporary files. The process inherits the calling thread's CPU affinity (so a worker
// pinned to a core pins its judge) and gets SIGTERM if that thread ends first (even when this
// judge is killed with SIGKILL, so no orphan keeps judging). On Ctrl-C or SIGTERM of this judge
// it is sent SIGTERM and waited for; it then cleans up as `judge run` does. Throws InternalError
// when the process cannot be started.
ProcessOutcome run_judge_process(const std::vector<std::string>& argv);

}  // namespace judge::grade
