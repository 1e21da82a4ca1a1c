// Verdicts of runs judged by a validator program: what its exit says (Kattis 42/43, or testlib's
// codes), which verdict wins when an interactive submission and its validator both end, and
// whether a multi-pass test goes on. Pure functions of the sandbox's facts, like classify().
#pragma once

#include <string>
#include <vector>

#include "judge/classify.h"
#include "judge/verdict.h"
#include "sandbox/run_spec.h"
#include "sandbox/sandbox.h"

namespace judge {

// How a validator program says its verdict.
//   kKattis:  exit 42 accepted, 43 wrong answer; anything else is a judge error.
//   kTestlib: exit 0 OK, 1 WA, 2 PE (presentation error: wrong answer), 3 FAIL (judge error),
//             7 points (accepted; the points are the first word of its message); anything else
//             is a judge error.
enum class ValidatorProtocol { kKattis, kTestlib };

// The validator's own verdict: kAccepted, kWrongAnswer or kJudgeError (a crash, an exit code the
// protocol does not know, a limit, a setup failure). `limits` are the validator's, for messages.
Classification validator_verdict(const sandbox::RunResult& validator, const sandbox::Limits& limits,
                                 ValidatorProtocol protocol);

// An interactive test, once both programs have ended. The order, as problemtools and DOMjudge
// agree:
//   1. the submission could not be started                          -> IE
//   2. the validator broke (validator_verdict is JE)                -> JE
//   3. the validator ended first and rejected                       -> WA, whatever the submission
//                                                                      did after (timed out, died)
//   4. the submission's own run: TLE (CPU or wall), MLE, OLE, RE    -> that (classify())
//   5. the validator's verdict                                      -> AC or WA
// `validator` is validator_verdict() of the validator's run.
Classification classify_interactive(const sandbox::RunResult& submission,
                                    const AppliedLimits& limits,
                                    const std::vector<std::string>& out_of_memory_messages,
                                    const Classification& validator, bool validator_ended_first);

// Whether the validator's end came before the submission's, for rule 3 above. The two ends are
// seen by two inits that the scheduler may wake in either order, so a near tie is read by cause:
// a submission that crashed (a signal other than SIGPIPE and the judge's SIGKILL) within
// kCrashTieNs after the validator ended crashed on its own, and the validator then saw EOF: the
// submission ended first. A validator that rejects and exits first makes the submission read EOF
// or get SIGPIPE, or the judge stop it, and those stay the validator's.
inline constexpr std::int64_t kCrashTieNs = 50'000'000;
bool validator_ended_first(const sandbox::PairResult& pair);

// After one pass of a multi-pass test: go on, or the test's verdict.
struct PassDecision {
  bool another_pass = false;
  Classification verdict;  // when !another_pass
};

// `pass` counts from 1. `nextpass_written`: the validator left feedback_dir/nextpass.in.
// `validator_exit_code`: its exit code, -1 when it did not exit (or did not run). The rules
// (Kattis 2025-09): nextpass.in asks for another pass and is only valid with exit 42, so with any
// other exit it is a judge error; more passes than max_passes are a judge error; without
// nextpass.in the pass's verdict is the test's. A problem that is not multi-pass ignores
// nextpass.in.
PassDecision decide_after_pass(const Classification& pass_verdict, bool nextpass_written,
                               int validator_exit_code, int pass, int max_passes, bool multi_pass);

}  // namespace judge
