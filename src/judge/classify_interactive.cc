#include "judge/classify_interactive.h"

#include <csignal>

#include "util/units.h"

namespace judge {

using sandbox::RunResult;
using sandbox::Termination;

namespace {

constexpr int kKattisAccepted = 42;
constexpr int kKattisWrongAnswer = 43;
constexpr int kTestlibOk = 0;
constexpr int kTestlibWrongAnswer = 1;
constexpr int kTestlibPresentationError = 2;
constexpr int kTestlibFail = 3;
constexpr int kTestlibPoints = 7;

// Why a validator run is not a verdict, in one line.
std::string why_broken(const RunResult& run, const sandbox::Limits& limits,
                       ValidatorProtocol protocol) {
  if (run.termination == Termination::kSetupFailed) {
    return "the output validator could not be started: " + run.setup_error;
  }
  if (run.cpu_limit_exceeded || run.wall_limit_exceeded) {
    return "the output validator exceeded its time limit (" +
           units::format_duration_ms(limits.cpu_time_ms) + ")";
  }
  if (run.memory_limit_exceeded) {
    return "the output validator exceeded its memory limit (" +
           units::format_bytes(limits.memory_bytes) + ")";
  }
  if (run.output_limit_exceeded) {
    return "the output validator wrote more than " + units::format_bytes(limits.output_bytes) +
           " to stdout (its verdict is its exit code; feedback goes to the feedback directory)";
  }
  if (run.termination == Termination::kSignaled) {
    return "the output validator was killed by signal " + std::to_string(run.signal) + " (" +
           signal_name(run.signal) + ")";
  }
  if (protocol == ValidatorProtocol::kTestlib) {
    if (run.exit_code == kTestlibFail) {
      return "the testlib validator failed (exit 3, FAIL): the checker or the test is broken";
    }
    return "the testlib validator exited with code " + std::to_string(run.exit_code) +
           "; expected 0 (OK), 1 (WA), 2 (PE), 3 (FAIL) or 7 (points)";
  }
  return "the output validator exited with code " + std::to_string(run.exit_code) +
         "; expected 42 (accepted) or 43 (wrong answer)";
}

Classification kattis_verdict(int exit_code) {
  if (exit_code == kKattisAccepted) return {Verdict::kAccepted, ""};
  if (exit_code == kKattisWrongAnswer) return {Verdict::kWrongAnswer, ""};
  return {Verdict::kJudgeError, ""};
}

Classification testlib_verdict(int exit_code) {
  switch (exit_code) {
    case kTestlibOk:
    case kTestlibPoints:
      return {Verdict::kAccepted, ""};
    case kTestlibWrongAnswer:
      return {Verdict::kWrongAnswer, ""};
    case kTestlibPresentationError:
      return {Verdict::kWrongAnswer, "presentation error"};
    default:
      return {Verdict::kJudgeError, ""};
  }
}

}  // namespace

Classification validator_verdict(const RunResult& validator, const sandbox::Limits& limits,
                                 ValidatorProtocol protocol) {
  const bool exited = validator.termination == Termination::kExited &&
                      !validator.cpu_limit_exceeded && !validator.wall_limit_exceeded &&
                      !validator.memory_limit_exceeded && !validator.output_limit_exceeded;
  if (exited) {
    Classification verdict = protocol == ValidatorProtocol::kKattis
                                 ? kattis_verdict(validator.exit_code)
                                 : testlib_verdict(validator.exit_code);
    if (verdict.verdict != Verdict::kJudgeError) return verdict;
  }
  return {Verdict::kJudgeError, why_broken(validator, limits, protocol)};
}

bool validator_ended_first(const sandbox::PairResult& pair) {
  if (!pair.b_ended_first) return false;
  const RunResult& submission = pair.a;
  // SIGKILL is how the judge stops a submission (a_stopped_after_b, limits); a crash of the
  // submission's own is any other signal but SIGPIPE, even when the judge then stopped the run.
  const bool crashed = submission.termination == Termination::kSignaled &&
                       submission.signal != SIGPIPE && submission.signal != SIGKILL &&
                       !submission.cpu_limit_exceeded && !submission.wall_limit_exceeded &&
                       !submission.memory_limit_exceeded;
  return !(crashed && pair.end_gap_ns < kCrashTieNs);
}

Classification classify_interactive(const RunResult& submission, const AppliedLimits& limits,
                                    const std::vector<std::string>& out_of_memory_messages,
                                    const Classification& validator, bool validator_ended_first) {
  if (submission.termination == Termination::kSetupFailed) {
    return classify(submission, limits, out_of_memory_messages);  // IE with the setup error
  }
  if (validator.verdict == Verdict::kJudgeError) return validator;
  if (validator_ended_first && validator.verdict == Verdict::kWrongAnswer) return validator;
  Classification own = classify(submission, limits, out_of_memory_messages);
  if (own.verdict != Verdict::kAccepted) return own;
  return validator;
}

PassDecision decide_after_pass(const Classification& pass_verdict, bool nextpass_written,
                               int validator_exit_code, int pass, int max_passes, bool multi_pass) {
  if (!multi_pass || !nextpass_written) return {false, pass_verdict};
  if (validator_exit_code >= 0 && validator_exit_code != kKattisAccepted) {
    return {false,
            {Verdict::kJudgeError, "the output validator wrote nextpass.in but exited with code " +
                                       std::to_string(validator_exit_code) +
                                       "; another pass is asked for with exit 42"}};
  }
  if (pass_verdict.verdict != Verdict::kAccepted) return {false, pass_verdict};
  if (pass >= max_passes) {
    return {
        false,
        {Verdict::kJudgeError, "the output validator asked for pass " + std::to_string(pass + 1) +
                                   "; limits.validation_passes is " + std::to_string(max_passes)}};
  }
  return {true, {Verdict::kAccepted, ""}};
}

}  // namespace judge
