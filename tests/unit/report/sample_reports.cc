#include "sample_reports.h"

#include <stdexcept>

namespace judge::report::testing {

namespace {

JudgeReport base_report() {
  JudgeReport report;
  report.problem_name = "hello";
  report.problem_dir = "problems/hello";
  report.problem_format = "2025-09";
  report.solution = "sol.cpp";
  report.language_id = "cpp";
  report.language_name = "C++17 (g++)";
  report.limits = {1000, 3000, 256ll << 20, 8ll << 20};
  report.sandbox_backend = "cgroup-v2";
  report.sandbox_isolation = "user,pid,mount,net,ipc,uts,cgroup namespaces; seccomp";
  report.compile = {CompileOutcome::Status::kCompiled, 1234, ""};
  report.overall = Verdict::kAccepted;
  return report;
}

void add_tests(JudgeReport& report, std::vector<TestOutcome> tests, Verdict overall) {
  report.tests = std::move(tests);
  report.tests_total = static_cast<int>(report.tests.size());
  report.overall = overall;
}

JudgeReport accepted() {
  JudgeReport report = base_report();
  add_tests(report,
            {make_test("sample/1", "sample", Verdict::kAccepted),
             make_test("secret/01", "secret", Verdict::kAccepted, 1'234'567, 1'300'499, 12 << 20)},
            Verdict::kAccepted);
  return report;
}

JudgeReport wrong_answer() {
  JudgeReport report = base_report();
  TestOutcome wa = make_test("secret/02", "secret", Verdict::kWrongAnswer, 10'400, 11'500);
  wa.message = "wrong answer";
  wa.judge_message = "Wrong answer on line 3 of output (line 3 of answer)\n";
  wa.difference = Difference{3, 5, "42", "41"};
  wa.input_excerpt = "3\n1 2\n3 4\n20 22\n";
  wa.expected_excerpt = "3\n7\n42\n";
  wa.output_excerpt = "3\n7\n41\n";
  TestOutcome ended = make_test("secret/03", "secret", Verdict::kWrongAnswer);
  ended.message = "wrong answer";
  ended.difference = Difference{2, 2, "7", ""};
  add_tests(report,
            {make_test("sample/1", "sample", Verdict::kAccepted), std::move(wa), std::move(ended)},
            Verdict::kWrongAnswer);
  return report;
}

JudgeReport time_limit() {
  JudgeReport report = base_report();
  TestOutcome tle =
      make_test("secret/big", "secret", Verdict::kTimeLimitExceeded, 1'013'700, 1'020'100, 5 << 20);
  tle.run.termination = sandbox::Termination::kSignaled;
  tle.run.signal = 9;
  tle.run.cpu_limit_exceeded = true;
  tle.message = "CPU time 1.01 s > 1.00 s";
  add_tests(report, {make_test("sample/1", "sample", Verdict::kAccepted), std::move(tle)},
            Verdict::kTimeLimitExceeded);
  return report;
}

JudgeReport runtime_error_signal() {
  JudgeReport report = base_report();
  TestOutcome re = make_test("sample/1", "sample", Verdict::kRuntimeError, 2'000, 2'600);
  re.run.termination = sandbox::Termination::kSignaled;
  re.run.signal = 11;
  re.run.stderr_text = "about to dereference\n";
  re.message = "signal 11 (SIGSEGV)";
  add_tests(report, {std::move(re)}, Verdict::kRuntimeError);
  return report;
}

JudgeReport blocked_syscall() {
  JudgeReport report = base_report();
  TestOutcome re = make_test("sample/1", "sample", Verdict::kRuntimeError, 900, 1'400);
  re.run.termination = sandbox::Termination::kSignaled;
  re.run.signal = 31;
  re.run.blocked_syscall = "ptrace";
  re.message = "forbidden system call ptrace";
  add_tests(report, {std::move(re)}, Verdict::kRuntimeError);
  return report;
}

JudgeReport compile_error() {
  JudgeReport report = base_report();
  report.compile = {CompileOutcome::Status::kFailed, 812,
                    "sol.cpp: In function 'int main()':\n"
                    "sol.cpp:4:3: error: 'cout' was not declared in this scope\n"
                    "    4 |   cout << a + b << \"\\n\";\n"
                    "      |   ^~~~\n"};
  report.tests_total = 3;
  report.overall = Verdict::kCompileError;
  return report;
}

JudgeReport scored() {
  JudgeReport report = base_report();
  report.problem_name = "sums";
  report.problem_dir = "problems/sums";
  report.solution = "partial.py";
  report.language_id = "python3";
  report.language_name = "Python 3";
  report.compile = {CompileOutcome::Status::kNotNeeded, 0, ""};
  TestOutcome first = make_test("secret/group1/01", "secret/group1", Verdict::kAccepted);
  first.score = 40;
  TestOutcome second = make_test("secret/group2/01", "secret/group2", Verdict::kWrongAnswer);
  second.judge_message = "sum is off by one\nsecond line of detail\n";
  second.score = 0;
  add_tests(report, {std::move(first), std::move(second)}, Verdict::kWrongAnswer);
  report.score = 40;
  report.max_score = 100;
  return report;
}

// The verdicts not covered above, in one run.
JudgeReport mixed() {
  JudgeReport report = base_report();
  report.problem_format = "legacy";
  report.sandbox_backend = "rlimit";
  report.compile = {CompileOutcome::Status::kCached, 0, ""};
  TestOutcome mle = make_test("secret/alloc", "secret", Verdict::kMemoryLimitExceeded, 80'000,
                              95'000, 256ll << 20);
  mle.run.termination = sandbox::Termination::kSignaled;
  mle.run.signal = 9;
  mle.run.memory_limit_exceeded = true;
  mle.message = "memory limit exceeded (256.0 MiB)";
  TestOutcome ole = make_test("secret/flood", "secret", Verdict::kOutputLimitExceeded);
  ole.run.output_limit_exceeded = true;  // message left empty: the reporter describes the run
  TestOutcome je = make_test("secret/je", "secret", Verdict::kJudgeError);
  je.message = "output validator exited with code 1 (expected 42 or 43)";
  je.judge_message = "validator.cpp:10: assertion failed\n";
  TestOutcome ie = make_test("secret/ie", "secret", Verdict::kInternalError, 0, 0, 0);
  ie.run.termination = sandbox::Termination::kSetupFailed;
  ie.message = "mount(/usr): Permission denied";
  TestOutcome skipped = make_test("secret/zz", "secret", Verdict::kSkipped, 0, 0, 0);
  add_tests(report,
            {std::move(mle), std::move(ole), std::move(je), std::move(ie), std::move(skipped)},
            Verdict::kInternalError);
  return report;
}

}  // namespace

TestOutcome make_test(std::string name, std::string group, Verdict verdict, std::int64_t cpu_us,
                      std::int64_t wall_us, std::int64_t memory_bytes) {
  TestOutcome test;
  test.name = std::move(name);
  test.group = std::move(group);
  test.verdict = verdict;
  test.run.termination = sandbox::Termination::kExited;
  test.run.cpu_time_us = cpu_us;
  test.run.wall_time_us = wall_us;
  test.run.peak_memory_bytes = memory_bytes;
  test.run.backend = "cgroup-v2";
  return test;
}

std::vector<NamedReport> sample_reports() {
  return {{"ac", accepted()},
          {"wa", wrong_answer()},
          {"tle", time_limit()},
          {"re_signal", runtime_error_signal()},
          {"blocked_syscall", blocked_syscall()},
          {"ce", compile_error()},
          {"scored", scored()},
          {"mixed", mixed()}};
}

JudgeReport sample_report(const std::string& name) {
  for (NamedReport& named : sample_reports()) {
    if (named.name == name) return std::move(named.report);
  }
  throw std::invalid_argument("no sample report named " + name);
}

}  // namespace judge::report::testing
