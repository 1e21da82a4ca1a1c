// Verdict classification: one pure function from the sandbox's facts and the applied limits to
// a verdict, before the output is checked. kAccepted here means "ran cleanly; check the output".
#pragma once

#include <string>
#include <vector>

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
// MLE: the OOM killer fired, or the peak reached the limit and the program died abnormally, or
//      the runtime reported running out of its memory cap (out_of_memory_messages).
// OLE: output_limit_exceeded. RE: non-zero exit, a signal, or a blocked system call.
// out_of_memory_messages: what the language's runtime prints when it refuses to grow past its own
// cap ("java.lang.OutOfMemoryError"): found on stderr of a run that failed, it means MLE too.
Classification classify(const sandbox::RunResult& run, const AppliedLimits& limits,
                        const std::vector<std::string>& out_of_memory_messages = {});

// "SIGSEGV" for 11, "signal 64" for numbers without a name (glibc's sigabbrev_np).
std::string signal_name(int signal);

// The one wording of how a program ended: "exit code 3", "signal 11 (SIGSEGV)"; "" when it did
// not exit by itself or by a signal (setup failed).
std::string describe_termination(const sandbox::RunResult& run);

}  // namespace judge
