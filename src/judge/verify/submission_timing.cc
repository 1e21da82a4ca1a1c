#include "judge/verify/submission_timing.h"

#include <algorithm>
#include <vector>

#include "judge/verify/time_limit_derivation.h"

namespace judge::verify {

namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kWallTimeFactor = 10;

class SilentListener final : public JudgeListener {
 public:
  void on_start(const JudgeReport&) override {}
  void on_compile(const JudgeReport&) override {}
  void on_test(const JudgeReport&, const TestOutcome&) override {}
  void on_finish(const JudgeReport&) override {}
};

TimedSubmission one_run(const JudgeInputs& inputs, const SessionOptions& options,
                        sandbox::Sandbox& sandbox) {
  SilentListener listener;
  const JudgeReport report = judge(inputs, options, sandbox, listener);
  TimedSubmission timed;
  timed.verdict = report.overall;
  timed.applied_limit_ms = report.limits.time_limit_ms;
  for (const TestOutcome& test : report.tests) {
    if (test.verdict == Verdict::kSkipped) continue;
    timed.hit_time_limit = timed.hit_time_limit || hit_time_limit(test);
    const std::int64_t ms = test.run.cpu_time_us / 1000;
    if (timed.slowest_test.empty() || ms > timed.slowest_ms) {
      timed.slowest_test = test.name;
      timed.slowest_ms = ms;
    }
  }
  return timed;
}

bool killed_at_limit(const TimedSubmission& run) {
  return run.verdict == Verdict::kTimeLimitExceeded && run.slowest_ms >= run.applied_limit_ms;
}

}  // namespace

bool hit_time_limit(const TestOutcome& test) {
  return test.verdict == Verdict::kTimeLimitExceeded || test.run.cpu_limit_exceeded ||
         test.run.wall_limit_exceeded;
}

TimedSubmission time_submission(const fs::path& submission, std::int64_t limit_ms,
                                const SessionOptions& base, const lang::Registry& registry,
                                sandbox::Sandbox& sandbox) {
  SessionOptions options = base;
  options.solution = submission;
  options.time_limit_ms = limit_ms;
  // The verdict is the first test that is not AC: the tests after it would only cost time.
  options.stop_on_first = true;
  // These runs are about CPU time: a wall limit of 3x would turn a busy machine's waiting into
  // TLE verdicts that say nothing about the submission.
  if (!options.wall_time_limit_ms) options.wall_time_limit_ms = kWallTimeFactor * limit_ms;
  const JudgeInputs inputs = resolve_inputs(options, registry);
  TimedSubmission first = one_run(inputs, options, sandbox);
  const std::string name = submission.lexically_relative(options.problem_dir).string();
  first.submission = name;
  if (first.slowest_test.empty() || !near_limit(first.slowest_ms, first.applied_limit_ms)) {
    return first;
  }
  std::vector<TimedSubmission> runs = {first};
  for (int run = 1; run < kRepeatedRuns; ++run) {
    runs.push_back(one_run(inputs, options, sandbox));
    // Two runs killed at the CPU limit settle it: the median of three is then one of them, a
    // TLE whose time is a lower bound, so the third run could only cost the limit again.
    if (runs.size() == 2 && std::all_of(runs.begin(), runs.end(), killed_at_limit)) break;
  }
  // The run whose slowest time is the median decides both the time and the verdict.
  std::sort(runs.begin(), runs.end(), [](const TimedSubmission& a, const TimedSubmission& b) {
    return a.slowest_ms < b.slowest_ms;
  });
  // Of two killed runs, the faster one: its time is the surer lower bound.
  TimedSubmission median = runs.size() == 2 ? runs[0] : runs[runs.size() / 2];
  median.submission = name;
  median.runs = kRepeatedRuns;
  return median;
}

}  // namespace judge::verify
