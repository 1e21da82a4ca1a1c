// Verdict classification: one pure function from the sandbox's facts and the applied limits to
// a verdict, before the output is checked. kAccepted here means "ran cleanly; check the output".
#pragma once

#include <string>

#include "judge/verdict.h"
#include "sandbox/run_spec.h"

namespace judge {

struct Classification {
  Verdict verdict;
  std::string message;  // "signal 11 (SIGSEGV)", "exit code 3", "forbidden system call ptrace",
                        // "CPU time 2.013 s > 2 s", "wall time 6.0 s > 6 s", ...
};

// Precedence when several apply: IE (setup failed) > TLE > MLE > OLE > RE > AC.
// TLE: cpu_limit_exceeded, wall_limit_exceeded, or measured CPU time over the time limit.
// MLE: the OOM killer fired, or the peak reached the limit and the program died abnormally.
// OLE: output_limit_exceeded. RE: non-zero exit, a signal, or a blocked system call.
Classification classify(const sandbox::RunResult& run, const AppliedLimits& limits);

// "SIGSEGV" for 11, "signal 64" for unknown numbers.
std::string signal_name(int signal);

}  // namespace judge
