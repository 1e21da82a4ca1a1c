#include "judge/run_test.h"

#include "judge/classify.h"
#include "judge/compile.h"
#include "judge/included_files.h"
#include "judge/named_files.h"
#include "judge/text_limits.h"

namespace judge {

namespace fs = std::filesystem;

namespace {

std::string excerpt_of(const fs::path& file) {
  return head_lines(read_prefix(file, kExcerptBytes + 1), kExcerptLines, kExcerptBytes);
}

}  // namespace

AppliedLimits enforced_limits(const SolutionRunSetup& setup) {
  AppliedLimits limits = setup.limits;
  limits.memory_bytes += setup.memory_extra_bytes;
  return limits;
}

fs::path solution_output_file(StagingDir& staging) {
  return staging.output_file("run/stdout");
}

sandbox::RunSpec solution_run_spec(const SolutionRunSetup& setup, const problem::TestCase& test,
                                   const fs::path& output_file) {
  const lang::Language& language = *setup.language;

  sandbox::RunSpec spec;
  // {memory_mb} is the problem's limit: a JVM heap of limit + extra would let the heap alone
  // use up the allowance meant for the rest of the runtime.
  spec.argv = lang::expand_template(language.run,
                                    lang::template_values(language, setup.limits.memory_bytes));
  // 2025-09 `args` of the test case: the submission's command-line arguments.
  spec.argv.insert(spec.argv.end(), test.args.begin(), test.args.end());
  spec.env = language.run_env;
  spec.cwd = "/box";
  spec.box_contents = setup.program_files;
  spec.extra_readonly = language.extra_readonly;
  spec.stdin_path = setup.input_file.empty() ? test.input.string() : "";
  spec.stdout_path = setup.output_file.empty() ? output_file.string() : "";
  spec.hand_back_box = !setup.output_file.empty();  // the output is a file of /box
  spec.limits.cpu_time_ms = setup.limits.time_limit_ms;
  spec.limits.wall_time_ms = setup.limits.wall_time_limit_ms;
  spec.limits.memory_bytes = enforced_limits(setup).memory_bytes;
  spec.limits.output_bytes = setup.limits.output_bytes;
  spec.limits.max_processes = std::max(1, language.max_processes);
  if (const auto files = setup.test_files.find(test.name); files != setup.test_files.end()) {
    spec.box_files = files->second.string();  // the test's files, over the program's
  }
  return spec;
}

TestOutcome run_test(const problem::TestCase& test, const SolutionRunSetup& setup,
                     sandbox::Sandbox& sandbox, StagingDir& staging, OutputChecker& checker) {
  const fs::path output = solution_output_file(staging);
  TestOutcome outcome;
  outcome.name = test.name;
  outcome.group = test.group;
  sandbox::RunSpec spec = solution_run_spec(setup, test, output);
  if (!setup.input_file.empty())
    spec.box_files = stage_named_input(test, setup.input_file, staging);
  outcome.run = sandbox.run(spec);

  const Classification classification =
      classify(outcome.run, enforced_limits(setup), setup.language->out_of_memory_messages);
  outcome.verdict = classification.verdict;
  outcome.message = classification.message;
  if (!setup.output_file.empty()) {
    take_named_output(outcome, setup.output_file, setup.limits.output_bytes, output);
  }

  if (outcome.verdict == Verdict::kAccepted) {  // ran cleanly: now the output decides
    take_check_result(outcome, checker.check(test, output));
  }
  if (setup.scoring) {
    outcome.score = outcome.verdict == Verdict::kAccepted ? test.points.value_or(0.0) : 0.0;
  }
  if (setup.verbose && outcome.verdict != Verdict::kAccepted) {
    outcome.input_excerpt = excerpt_of(test.input);
    outcome.expected_excerpt = excerpt_of(test.answer);
    outcome.output_excerpt = excerpt_of(output);
  }
  return outcome;
}

}  // namespace judge
