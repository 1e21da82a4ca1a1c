#include "judge/verify/verify.h"

#include <fnmatch.h>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <system_error>

#include "judge/verify/core_runner.h"
#include "judge/verify/data_step.h"
#include "judge/verify/expectation_sources.h"
#include "judge/verify/submission_listing.h"
#include "judge/verify/time_limit_check.h"
#include "judge/verify/write_time_limit.h"
#include "problem/problem.h"
#include "util/error.h"
#include "util/untrusted_file.h"

namespace judge::verify {

namespace fs = std::filesystem;

namespace {

// A tag is near the top of a source; a larger file is read no further than this.
constexpr std::size_t kTagScanBytes = 1 << 20;

class NoListener final : public JudgeListener {
 public:
  void on_start(const JudgeReport&) override {}
  void on_compile(const JudgeReport&) override {}
  void on_test(const JudgeReport&, const TestOutcome&) override {}
  void on_finish(const JudgeReport&) override {}
};

// The @EXPECTED_RESULTS@ tag of a submission file, or of the first file of a submission folder
// that has one. Files are read without following links: the package is not trusted.
// True when a tag was found.
bool apply_tag(const fs::path& submissions_dir, const ListedSubmission& submission,
               Expectation& expectation) {
  std::vector<std::string> files;
  if (submission.is_directory) {
    for (const std::string& name : submission.files) files.push_back(submission.path + "/" + name);
  } else {
    files.push_back(submission.path);
  }
  for (const std::string& name : files) {
    const UntrustedFile file = read_untrusted_file(submissions_dir, name, kTagScanBytes);
    if (file.status != UntrustedFile::Status::kRead) continue;
    if (apply_expected_results_tag(file.data, (submissions_dir / name).string(), expectation)) {
      return true;
    }
  }
  return false;
}

struct PlannedSubmission {
  ListedSubmission listed;
  Expectation expected;
  SessionOptions session;
  JudgeInputs inputs;
};

// A time-limit step's findings and notes, into the report.
void append_step(VerifyReport& report, TimeLimitStep step) {
  for (Finding& finding : step.findings) report.findings.push_back(std::move(finding));
  for (std::string& note : step.notes) report.notes.push_back(std::move(note));
}

SubmissionResult judge_planned(const PlannedSubmission& planned, sandbox::Sandbox& sandbox) {
  SubmissionResult result;
  result.path = planned.listed.path;
  result.expected = planned.expected;
  NoListener no_listener;
  result.report = judge::judge(planned.inputs, planned.session, sandbox, no_listener);
  for (const TestOutcome& test : result.report.tests) {
    result.strip += verdict_letter(test.verdict);
    if (test.verdict != Verdict::kSkipped &&
        (result.slowest_test.empty() || test.run.cpu_time_us > result.slowest_cpu_us)) {
      result.slowest_test = test.name;
      result.slowest_cpu_us = test.run.cpu_time_us;
    }
  }
  result.judgement = check_expectation(result.expected, summarize(result.report));
  return result;
}

// verify's own run of a submission, as the time-limit steps see it.
TimedSubmission timed_of(const SubmissionResult& result) {
  TimedSubmission timed{"submissions/" + result.path,
                        result.report.overall,
                        result.slowest_test,
                        result.slowest_cpu_us / 1000,
                        result.report.limits.time_limit_ms,
                        1};
  timed.hit_time_limit = std::any_of(result.report.tests.begin(), result.report.tests.end(),
                                     [](const TestOutcome& test) { return hit_time_limit(test); });
  return timed;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Adds to a total shared by the worker threads.
void add_seconds(std::atomic<double>& total, double seconds) {
  double current = total.load();
  while (!total.compare_exchange_weak(current, current + seconds)) {
  }
}

}  // namespace

char verdict_letter(Verdict verdict) {
  switch (verdict) {
    case Verdict::kAccepted:
      return 'A';
    case Verdict::kWrongAnswer:
      return 'W';
    case Verdict::kTimeLimitExceeded:
      return 'T';
    case Verdict::kMemoryLimitExceeded:
      return 'M';
    case Verdict::kOutputLimitExceeded:
      return 'O';
    case Verdict::kRuntimeError:
      return 'R';
    case Verdict::kCompileError:
      return 'C';
    case Verdict::kJudgeError:
      return 'J';
    case Verdict::kInternalError:
      return 'I';
    case Verdict::kSkipped:
      return '-';
  }
  return '?';
}

bool has_internal_failure(const VerifyReport& report) {
  for (const SubmissionResult& result : report.submissions) {
    if (result.report.compile.status == CompileOutcome::Status::kInternalError) return true;
    if (result.report.overall == Verdict::kInternalError) return true;
    for (const TestOutcome& test : result.report.tests) {
      if (test.verdict == Verdict::kInternalError) return true;
    }
  }
  return false;
}

bool is_sound(const VerifyReport& report) {
  if (report.submissions.empty()) return false;
  for (const SubmissionResult& result : report.submissions) {
    if (!result.judgement.met) return false;
  }
  return std::none_of(report.findings.begin(), report.findings.end(),
                      [](const Finding& finding) { return finding.severity == Severity::kError; });
}

ExitCode verify_exit_code(const VerifyReport& report) {
  if (has_internal_failure(report)) return ExitCode::kInternal;
  return is_sound(report) ? ExitCode::kAllAccepted : ExitCode::kNotAccepted;
}

namespace {

// Every listed submission that matches the --submissions glob, with what it should get and its
// language resolved: a package mistake fails here, before anything is judged. A submission no
// rule speaks for is a warning, and left out.
std::vector<PlannedSubmission> plan_submissions(const VerifyOptions& options,
                                                const problem::Problem& problem,
                                                const lang::Registry& registry,
                                                VerifyReport& report) {
  const fs::path submissions_dir = options.problem_dir / "submissions";
  const std::vector<SubmissionsRule> rules = load_submissions_yaml(options.problem_dir);
  SubmissionListing listing = list_submissions(submissions_dir);
  for (Finding& finding : listing.findings) report.findings.push_back(std::move(finding));
  std::vector<PlannedSubmission> plan;
  for (const ListedSubmission& listed : listing.submissions) {
    if (!options.submissions_glob.empty() &&
        ::fnmatch(options.submissions_glob.c_str(), listed.path.c_str(), 0) != 0) {
      continue;
    }
    PlannedSubmission planned;
    planned.listed = listed;
    std::optional<Expectation> expected = folder_expectation(listed.folder, problem.format);
    Expectation expectation = expected.value_or(Expectation{});
    const bool tagged = apply_tag(submissions_dir, listed, expectation);
    const int matched = apply_submissions_rules(rules, listed.path, expectation);
    if (!expected && !tagged && matched == 0) {
      report.findings.push_back({Severity::kWarning, "submissions", "submissions/" + listed.path,
                                 "not judged: folder '" + listed.folder +
                                     "' is not one the format names and no submissions.yaml key or "
                                     "@EXPECTED_RESULTS@ tag says what it should get"});
      continue;
    }
    planned.expected = std::move(expectation);
    SessionOptions& session = planned.session;
    session.solution = submissions_dir / listed.path;
    session.entry = planned.expected.entrypoint;
    session.problem_dir = options.problem_dir;
    session.language_id = planned.expected.language;
    session.compile_cache_dir = options.compile_cache_dir;
    session.compile_cache_bytes = options.compile_cache_bytes;
    planned.inputs = resolve_inputs(session, registry);
    plan.push_back(std::move(planned));
  }
  if (!options.submissions_glob.empty() && plan.empty()) {
    throw ConfigError("", "--submissions",
                      "no submission below " + submissions_dir.string() + " matches '" +
                          options.submissions_glob + "'");
  }
  if (plan.empty()) {
    report.findings.push_back({Severity::kError, "submissions", "submissions",
                               "no submission to judge: add at least one under "
                               "submissions/accepted/"});
  }
  return plan;
}

// The data step (test data, input validators, invalid inputs, sample answers): validators are
// compiled in a sandbox of this thread's, their runs go through the runner.
void check_data(const VerifyOptions& options, const problem::Problem& problem,
                const lang::Registry& registry, const SandboxFactory& make_sandbox,
                const CoreRunner& runner, VerifyReport& report) {
  const auto start = std::chrono::steady_clock::now();
  const std::unique_ptr<sandbox::Sandbox> own_sandbox = make_sandbox(-1);
  const CompileCache cache(
      options.compile_cache_dir.empty() ? CompileCache::default_root() : options.compile_cache_dir,
      options.compile_cache_bytes);
  for (Finding& finding : run_data_checks(problem, registry, *own_sandbox, runner, cache)) {
    report.findings.push_back(std::move(finding));
  }
  report.timing.data_checks_s = seconds_since(start);
}

// When the package fixes no limit: derives it from the lower-bound candidates, sets it on every
// planned submission, and writes it into problem.yaml with --write-time-limit. The limit to
// judge with.
std::int64_t settle_time_limit(const VerifyOptions& options, const problem::Problem& problem,
                               const lang::Registry& registry, const CoreRunner& runner,
                               const std::vector<TimeLimitCandidate>& candidates,
                               std::vector<PlannedSubmission>& plan, VerifyReport& report) {
  const auto start = std::chrono::steady_clock::now();
  std::int64_t limit_ms = problem.limits.time_limit_ms;
  if (problem.limits.time_limit_source.empty() &&
      problem.format != problem::PackageFormat::kPlainFolder) {
    TimeLimitStep derived = derive_package_time_limit(problem, candidates, registry, runner);
    append_step(report, derived);  // a copy: `derived` is still read below
    if (derived.derived) {
      limit_ms = derived.derived->limit_ms;
      report.time_limit_ms = limit_ms;
      for (PlannedSubmission& planned : plan) planned.session.time_limit_ms = limit_ms;
      if (options.write_time_limit) {
        write_time_limit(problem.dir / "problem.yaml", limit_ms);
        report.notes.push_back("wrote limits.time_limit: " + seconds_text(limit_ms) + " into " +
                               (problem.dir / "problem.yaml").string());
      }
    }
  } else if (options.write_time_limit) {
    report.notes.push_back("--write-time-limit: nothing written, the package fixes its limit in " +
                           problem.limits.time_limit_source);
  }
  report.timing.derivation_s = seconds_since(start);
  return limit_ms;
}

double time_factor_of(const JudgeInputs& inputs) {
  return inputs.solution.language != nullptr ? inputs.solution.language->time_factor : 1.0;
}

// One item of the judging phase: a submission judged (then its safety check), or the early run
// at the safety limit of one that may time out.
struct WorkItem {
  std::size_t submission = 0;
  bool early_safety = false;
};

// Those that may time out first, as they are the longest items (each of their tests can take
// the whole limit, then the safety limit): started last, one would run alone on one core while
// the others idle. Each of them comes with its safety run as an item of its own just before it,
// so the two can run on two cores at once. Stable otherwise.
std::vector<WorkItem> work_items(const std::vector<PlannedSubmission>& plan) {
  std::vector<std::size_t> order(plan.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto may_time_out = [&](std::size_t i) {
    const Expectation& expected = plan[i].expected;
    const VerdictSet& likely = expected.final_verdict   ? *expected.final_verdict
                               : expected.rule.required ? *expected.rule.required
                                                        : expected.rule.permitted;
    return likely.contains(Verdict::kTimeLimitExceeded);
  };
  std::stable_partition(order.begin(), order.end(), may_time_out);
  std::vector<WorkItem> items;
  for (const std::size_t i : order) {
    if (may_time_out(i) && !is_lower_bound(plan[i].expected)) items.push_back({i, true});
    items.push_back({i, false});
  }
  return items;
}

// The early safety runs, handed from the item that made one to the item that judges the same
// submission. An early item comes first in item order, so it has started before its judging
// item waits for it (with one worker, it has finished).
class EarlyRuns {
 public:
  explicit EarlyRuns(std::size_t count) : runs_(count), errors_(count), ready_(count, false) {}

  void put(std::size_t i, const std::function<EarlySafetyRun()>& make) {
    EarlySafetyRun run;
    std::exception_ptr error;
    try {
      run = make();
    } catch (...) {
      error = std::current_exception();  // rethrown by the judging item, which waits for it
    }
    const std::lock_guard<std::mutex> lock(mutex_);
    runs_[i] = std::move(run);
    errors_[i] = error;
    ready_[i] = true;
    ready_changed_.notify_all();
  }

  const EarlySafetyRun& wait(std::size_t i) {
    std::unique_lock<std::mutex> lock(mutex_);
    ready_changed_.wait(lock, [&] { return ready_[i]; });
    if (errors_[i]) std::rethrow_exception(errors_[i]);
    return runs_[i];
  }

 private:
  std::vector<EarlySafetyRun> runs_;
  std::vector<std::exception_ptr> errors_;
  std::vector<bool> ready_;
  std::mutex mutex_;
  std::condition_variable ready_changed_;
};

// Every submission is judged and, when it is expected to fail, given its safety runs at once
// on the same core: the next submission need not wait for the slowest one of this round.
std::vector<SafetyCheck> judge_submissions(const problem::Problem& problem,
                                           const std::vector<PlannedSubmission>& plan,
                                           std::int64_t limit_ms, const lang::Registry& registry,
                                           const CoreRunner& runner,
                                           std::vector<TimeLimitCandidate>& candidates,
                                           VerifyListener* listener, VerifyReport& report) {
  const auto start = std::chrono::steady_clock::now();
  const std::int64_t safety_ms = safety_limit_ms(problem, limit_ms);
  report.submissions.resize(plan.size());
  std::vector<SafetyCheck> safety_checks(plan.size());
  std::atomic<double> judging_s = 0;
  std::atomic<double> safety_s = 0;
  const std::vector<WorkItem> items = work_items(plan);
  std::vector<bool> has_early(plan.size(), false);
  for (const WorkItem& item : items)
    has_early[item.submission] = has_early[item.submission] || item.early_safety;
  EarlyRuns early_runs(plan.size());
  std::vector<bool> done(plan.size(), false);
  std::size_t next_to_tell = 0;
  runner.run(
      items.size(),
      [&](std::size_t item, sandbox::Sandbox& sandbox) {
        const std::size_t i = items[item].submission;
        const auto item_start = std::chrono::steady_clock::now();
        if (items[item].early_safety) {
          early_runs.put(i, [&] {
            return early_safety_run(plan[i].session, safety_ms, time_factor_of(plan[i].inputs),
                                    registry, sandbox);
          });
          add_seconds(safety_s, seconds_since(item_start));
          return;
        }
        report.submissions[i] = judge_planned(plan[i], sandbox);
        const auto judged = std::chrono::steady_clock::now();
        add_seconds(judging_s, std::chrono::duration<double>(judged - item_start).count());
        candidates[i].session = plan[i].session;
        candidates[i].at_limit = timed_of(report.submissions[i]);
        const EarlySafetyRun* early = has_early[i] ? &early_runs.wait(i) : nullptr;
        safety_checks[i] =
            safety_check(candidates[i], limit_ms, safety_ms, registry, sandbox, early);
        add_seconds(safety_s, seconds_since(judged));
      },
      [&](std::size_t item) {
        if (items[item].early_safety) return;
        // The listener hears of submissions in their own order, each once all before it are done.
        done[items[item].submission] = true;
        for (; next_to_tell < plan.size() && done[next_to_tell]; ++next_to_tell) {
          if (listener != nullptr) {
            listener->on_submission_done(report.submissions[next_to_tell],
                                         static_cast<int>(next_to_tell + 1),
                                         static_cast<int>(plan.size()));
          }
        }
      });
  report.timing.judging_s = seconds_since(start);
  report.timing.judging_runs_s = judging_s.load();
  report.timing.safety_runs_s = safety_s.load();
  return safety_checks;
}

}  // namespace

struct PackagePlan {
  problem::Problem problem;
  VerifyReport report;  // what planning found; the rest is added by verify_planned()
  std::vector<PlannedSubmission> plan;
};

void PackagePlanDeleter::operator()(PackagePlan* plan) const {
  delete plan;
}

PlannedPackage plan_package(const VerifyOptions& options, const lang::Registry& registry) {
  PlannedPackage package(new PackagePlan{problem::load_problem(options.problem_dir), {}, {}});
  const problem::Problem& problem = package->problem;
  VerifyReport& report = package->report;
  report.problem_name = problem.name;
  report.problem_dir = options.problem_dir.string();
  report.problem_format = problem::to_string(problem.format);
  report.time_limit_ms = problem.limits.time_limit_ms;
  package->plan = plan_submissions(options, problem, registry, report);
  return package;
}

VerifyReport verify_planned(PlannedPackage package, const VerifyOptions& options,
                            const lang::Registry& registry, const SandboxFactory& make_sandbox,
                            parallel::CpuSlots* shared_slots, VerifyListener* listener) {
  const problem::Problem& problem = package->problem;
  VerifyReport report = std::move(package->report);
  std::vector<PlannedSubmission>& plan = package->plan;
  const CoreRunner runner(options.jobs, make_sandbox, shared_slots);
  report.jobs = runner.jobs();
  check_data(options, problem, registry, make_sandbox, runner, report);

  std::vector<TimeLimitCandidate> candidates;
  for (const PlannedSubmission& planned : plan) {
    const bool lower = is_lower_bound(planned.expected);
    candidates.push_back({planned.session, lower, !lower, std::nullopt});
  }
  const std::int64_t limit_ms =
      settle_time_limit(options, problem, registry, runner, candidates, plan, report);
  std::vector<SafetyCheck> safety_checks =
      judge_submissions(problem, plan, limit_ms, registry, runner, candidates, listener, report);

  // Time-limit checks (margins, sensitivity) add their findings and notes here.
  if (!plan.empty()) {
    append_step(report, summarize_safety(problem, limit_ms, candidates, std::move(safety_checks)));
  }
  return report;
}

VerifyReport verify_package(const VerifyOptions& options, const lang::Registry& registry,
                            const SandboxFactory& make_sandbox, VerifyListener* listener) {
  return verify_planned(plan_package(options, registry), options, registry, make_sandbox, nullptr,
                        listener);
}

}  // namespace judge::verify
