#include "judge/interactive_test.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "judge/classify.h"
#include "judge/custom_validator.h"
#include "judge/text_limits.h"
#include "judge/validator_output_file.h"
#include "util/error.h"
#include "util/text.h"
#include "util/unique_fd.h"

namespace judge {

namespace fs = std::filesystem;
using sandbox::RunResult;
using sandbox::Termination;

namespace {

const fs::path kRunDir = "validator-run";
const fs::path kToutDir = "interactor-tout";
// Two names for a pass's input, used in turn: the next pass's input is written while the
// current one's is still the validator's.
const fs::path kPassInputs[2] = {kRunDir / "pass-input-a", kRunDir / "pass-input-b"};

// Exit codes of the validator that let a submission still running go on (the validator accepted
// so far, and the submission's own end may still fail the test); any other end of the validator
// decides the verdict, so the submission is stopped at once.
std::vector<int> exits_letting_submission_finish(ValidatorProtocol protocol) {
  if (protocol == ValidatorProtocol::kTestlib) return {0, 7};
  return {42};
}

int exit_code_of(const RunResult& run) {
  return run.termination == Termination::kExited ? run.exit_code : -1;
}

std::string excerpt_of(const fs::path& file) {
  if (file.empty()) return "";
  return head_lines(read_prefix(file, kExcerptBytes + 1), kExcerptLines, kExcerptBytes);
}

std::vector<std::string> validator_arguments(const problem::TestCase& test,
                                             ValidatorProtocol protocol) {
  // testlib's interactor convention: `interactor input tout`; tout (its result file) is written
  // in the feedback folder.
  if (protocol == ValidatorProtocol::kTestlib) return {"/box/input", "/box/feedback/tout"};
  std::vector<std::string> arguments = {"/box/input", "/box/answer", "/box/feedback/"};
  arguments.insert(arguments.end(), test.validator_args.begin(), test.validator_args.end());
  return arguments;
}

// What one pass came to, before the multi-pass rules.
struct PassRun {
  RunResult submission;
  Classification verdict;
  int validator_exit = -1;
  std::string validator_stderr;
  std::optional<CheckResult> tout_check;  // the checker's result on the interactor's tout
};

class TestPasses {
 public:
  TestPasses(const problem::TestCase& test, const SolutionRunSetup& setup,
             const ValidatorSetup& validator, sandbox::Sandbox& sandbox, StagingDir& staging)
      : test_(test), setup_(setup), validator_(validator), sandbox_(sandbox), staging_(staging) {
    judged_ = enforced_limits(setup);
  }

  TestOutcome run() {
    TestOutcome outcome;
    outcome.name = test_.name;
    outcome.group = test_.group;
    feedback_ = staging_.make_writable_dir(kRunDir / "feedback");
    // Interactive tests may have no .ans: the validator then gets an empty answer file.
    const fs::path files = kRunDir / kValidatorFilesDir;
    answer_ = test_.answer.empty() ? staging_.make_empty_file(files / "answer")
                                   : staging_.copy_file_in(test_.answer, files / "answer");
    fs::path input = staging_.copy_file_in(test_.input, kPassInputs[0]);
    for (int pass = 1;; ++pass) {
      PassRun run = validator_.interactive ? run_interactive(input) : run_then_validate(input);
      const fs::path next_input = staging_.path() / kPassInputs[pass % 2];
      const bool nextpass =
          validator_.multi_pass && take_nextpass(feedback_, next_input, sandbox_.sandbox_uid());
      const PassDecision decision =
          decide_after_pass(run.verdict, nextpass, run.validator_exit, pass, validator_.max_passes,
                            validator_.multi_pass);
      const Classification& verdict = decision.another_pass ? run.verdict : decision.verdict;
      record_pass(outcome, pass, verdict, run.submission);
      if (!decision.another_pass) {
        finish(outcome, verdict, run);
        break;
      }
      input = next_input;
    }
    if (setup_.scoring) {
      outcome.score = outcome.verdict == Verdict::kAccepted ? test_.points.value_or(0.0) : 0.0;
    }
    if (setup_.verbose && outcome.verdict != Verdict::kAccepted) {
      outcome.input_excerpt = excerpt_of(test_.input);
      outcome.expected_excerpt = excerpt_of(test_.answer);
      if (!validator_.interactive) outcome.output_excerpt = excerpt_of(output_);
    }
    if (setup_.verbose) outcome.interaction_excerpt = excerpt_of(test_.interaction);
    // One pass is the usual case: the test's own line says it all.
    if (outcome.passes.size() == 1 && !validator_.multi_pass) outcome.passes.clear();
    return outcome;
  }

 private:
  sandbox::RunSpec validator_spec(const fs::path& input) const {
    // The pass's input beside the answer, in the folder laid over the validator's program.
    staging_.copy_file_in(input, kRunDir / kValidatorFilesDir / "input");
    sandbox::RunSpec spec = validator_run_spec(
        *validator_.language, validator_.program_files, validator_.limits,
        validator_arguments(test_, validator_.protocol), {feedback_bind(staging_, feedback_)});
    spec.box_files = answer_.parent_path().string();
    return spec;
  }

  PassRun run_interactive(const fs::path& input) {
    problem::TestCase unused_input = test_;
    sandbox::RunSpec submission = solution_run_spec(setup_, unused_input, "");
    submission.stdin_path.clear();  // the submission never sees the input file
    const sandbox::PairResult pair = sandbox_.run_pair(
        submission, validator_spec(input), {exits_letting_submission_finish(validator_.protocol)});
    PassRun run;
    run.submission = pair.a;
    run.validator_exit = exit_code_of(pair.b);
    run.validator_stderr = pair.b.stderr_text;
    const Classification own = validator_verdict(pair.b, validator_.limits, validator_.protocol);
    run.verdict = classify_interactive(pair.a, judged_, setup_.language->out_of_memory_messages,
                                       own, validator_ended_first(pair));
    if (run.verdict.verdict == Verdict::kAccepted && validator_.tout_checker) {
      run.tout_check = check_tout(input);
      run.verdict = {run.tout_check->verdict, run.tout_check->message};
    }
    return run;
  }

  // Polygon: the interactor accepted; its tout, taken out of the folder it controls, is the
  // output the checker judges against the test's answer.
  CheckResult check_tout(const fs::path& input) {
    const fs::path tout = staging_.make_dir(kToutDir) / "tout";
    const TakenFile taken =
        take_validator_file(feedback_, "tout", tout, sandbox_.sandbox_uid(), kFeedbackFileBytes);
    if (taken.status != TakenFile::Status::kCopied) {
      CheckResult broken;
      broken.message = "the interactor's output file tout " +
                       (taken.status == TakenFile::Status::kMissing ? "is missing" : taken.why) +
                       "; the checker has nothing to check";
      return broken;  // a judge error
    }
    problem::TestCase checked = test_;
    checked.input = input;
    return validator_.tout_checker(sandbox_, staging_)->check(checked, tout);
  }

  PassRun run_then_validate(const fs::path& input) {
    output_ = solution_output_file(staging_);
    problem::TestCase pass_test = test_;
    pass_test.input = input;
    PassRun run;
    run.submission = sandbox_.run(solution_run_spec(setup_, pass_test, output_));
    run.verdict = classify(run.submission, judged_, setup_.language->out_of_memory_messages);
    if (run.verdict.verdict != Verdict::kAccepted) return run;
    sandbox::RunSpec spec = validator_spec(input);
    spec.stdin_path = output_.string();
    const RunResult validator = sandbox_.run(spec);
    run.validator_exit = exit_code_of(validator);
    run.validator_stderr = validator.stderr_text;
    run.verdict = validator_verdict(validator, validator_.limits, validator_.protocol);
    return run;
  }

  void record_pass(TestOutcome& outcome, int pass, const Classification& verdict,
                   const RunResult& submission) const {
    PassOutcome record;
    record.pass = pass;
    record.verdict = verdict.verdict;
    record.message = verdict.message;
    record.cpu_time_us = submission.cpu_time_us;
    record.wall_time_us = submission.wall_time_us;
    record.peak_memory_bytes = submission.peak_memory_bytes;
    outcome.passes.push_back(std::move(record));
  }

  void finish(TestOutcome& outcome, const Classification& verdict, const PassRun& run) const {
    outcome.verdict = verdict.verdict;
    outcome.message = verdict.message;
    outcome.run = run.submission;
    if (run.tout_check) {
      outcome.judge_message = run.tout_check->judge_message;
      outcome.reported_score = run.tout_check->score;
      return;
    }
    std::string refused;
    outcome.judge_message = read_judge_message(feedback_, &refused);
    if (!refused.empty()) {
      outcome.verdict = Verdict::kJudgeError;
      outcome.message = refused;
      return;
    }
    if (validator_.protocol == ValidatorProtocol::kTestlib && outcome.judge_message.empty()) {
      // testlib writes its verdict ("ok 3 queries", "wrong answer ...") on stderr.
      outcome.judge_message = validator_stderr_excerpt(run.validator_stderr);
    }
    if (outcome.verdict == Verdict::kWrongAnswer && outcome.message.empty()) {
      outcome.message = first_nonblank_line(outcome.judge_message);
      if (outcome.message.empty()) outcome.message = "the output validator rejected the output";
    }
    if (outcome.verdict == Verdict::kJudgeError && outcome.judge_message.empty()) {
      outcome.judge_message = validator_stderr_excerpt(run.validator_stderr);
    }
  }

  const problem::TestCase& test_;
  const SolutionRunSetup& setup_;
  const ValidatorSetup& validator_;
  sandbox::Sandbox& sandbox_;
  StagingDir& staging_;
  AppliedLimits judged_;
  fs::path feedback_, answer_, output_;
};

}  // namespace

bool take_nextpass(const fs::path& feedback_dir, const fs::path& target, unsigned sandbox_uid) {
  const TakenFile taken =
      take_validator_file(feedback_dir, "nextpass.in", target, sandbox_uid, kFeedbackFileBytes);
  if (taken.status != TakenFile::Status::kCopied) return false;
  // Removed before the next pass, as the format says; the feedback folder is ours, and unlink
  // does not follow the name.
  const fs::path source = feedback_dir / "nextpass.in";
  if (::unlink(source.c_str()) != 0) throw_errno("unlink", source.string());
  return true;
}

TestOutcome run_validated_test(const problem::TestCase& test, const SolutionRunSetup& setup,
                               const ValidatorSetup& validator, sandbox::Sandbox& sandbox,
                               StagingDir& staging) {
  return TestPasses(test, setup, validator, sandbox, staging).run();
}

}  // namespace judge
