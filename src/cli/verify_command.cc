// judge verify: check a whole problem package (judge/verify/verify.h) and print the report.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "judge/parallel/cpu_topology.h"
#include "judge/verify/verify_many.h"
#include "report/atomic_file.h"
#include "report/text_sanitize.h"
#include "report/verify_report.h"
#include "util/data_dir.h"

namespace judge::cli {

namespace {

// "[3/12] wrong_answer/x.py: WA ok" rewritten in place on stderr, only on a terminal.
// With several packages verified at once, each package's listener has its name as `prefix` and
// is called on that package's thread: the line is written under a lock, and cleared (clear())
// before a report is printed on stdout.
class ProgressLine final : public verify::VerifyListener {
 public:
  explicit ProgressLine(std::mutex& lock, std::string prefix = "")
      : lock_(lock), prefix_(std::move(prefix)) {}
  void on_submission_done(const verify::SubmissionResult& result, int done, int total) override {
    std::string line = prefix_ + "[" + std::to_string(done) + "/" + std::to_string(total) + "] " +
                       report::printable(result.path) + ": " + short_name(result.report.overall) +
                       (result.judgement.met ? " ok" : " FAIL");
    if (line.size() > 78) line = line.substr(0, 75) + "...";
    const std::lock_guard hold(lock_);
    std::cerr << "\r\x1b[K" << line << std::flush;
  }
  ~ProgressLine() override { clear(lock_); }
  static void clear(std::mutex& lock) {
    const std::lock_guard hold(lock);
    std::cerr << "\r\x1b[K" << std::flush;
  }

 private:
  std::mutex& lock_;
  std::string prefix_;
};

// One submission per physical core: a second run on an SMT sibling would slow both.
int default_jobs() {
  return static_cast<int>(parallel::host_core_cpus().size());
}

// `judge verify DIR DIR...`: the packages' tables in order as each is done (verify_many.h), then
// one summary line per package; --json one array of documents; --junit one suite per package.
// Exit 3 when the judge failed in any package, else 1 when any package is not sound, else 0.
int run_verify_many(const VerifyCommandOptions& options, const verify::VerifyOptions& each,
                    const lang::Registry& registry, const verify::SandboxFactory& make_sandbox) {
  std::vector<verify::VerifyOptions> packages;
  for (const std::filesystem::path& dir : options.problem_dirs) {
    packages.push_back(each);
    packages.back().problem_dir = dir;
  }
  const int jobs = each.jobs;
  const bool show_progress = ::isatty(STDERR_FILENO) != 0;
  std::mutex progress_lock;
  std::vector<std::unique_ptr<ProgressLine>> progress(packages.size());
  report::VerifyTextOptions text;
  text.color = use_color(options.no_color, std::getenv("NO_COLOR"), ::isatty(STDOUT_FILENO));
  std::vector<verify::VerifyReport> reports;
  verify::verify_packages(
      packages, jobs, registry, make_sandbox,
      [&](std::size_t i) -> verify::VerifyListener* {
        if (!show_progress) return nullptr;
        progress[i] = std::make_unique<ProgressLine>(
            progress_lock, options.problem_dirs[i].filename().string() + " ");
        return progress[i].get();
      },
      [&](std::size_t i, verify::VerifyReport report) {
        if (show_progress) ProgressLine::clear(progress_lock);
        if (!options.json) {
          if (i > 0) std::cout << "\n";
          report::write_verify_text(std::cout, report, text);
          std::cout.flush();
        }
        reports.push_back(std::move(report));
      });
  if (show_progress) ProgressLine::clear(progress_lock);
  if (options.json) {
    std::cout << report::verify_to_json(reports);
  } else {
    report::write_verify_summary(std::cout, reports, text);
  }
  std::cout.flush();
  if (!options.junit_path.empty()) {
    report::write_file_atomically(options.junit_path, report::verify_to_junit_xml(reports),
                                  "--junit");
  }
  ExitCode worst = ExitCode::kAllAccepted;
  for (const verify::VerifyReport& report : reports) {
    const ExitCode code = verify::verify_exit_code(report);
    if (code == ExitCode::kInternal || worst == ExitCode::kAllAccepted) worst = code;
  }
  return static_cast<int>(worst);
}

}  // namespace

int run_verify(const VerifyCommandOptions& options) {
  const lang::Registry registry = lang::Registry::load(data_dir() / "languages", options.profile);
  if (!options.junit_path.empty()) report::check_file_writable(options.junit_path, "--junit");
  verify::VerifyOptions verify_options = options.verify;
  if (verify_options.jobs <= 0) verify_options.jobs = default_jobs();

  // Each worker's sandbox is made on its own thread, already pinned to its core, so the
  // processes the sandbox starts inherit that core.
  const verify::SandboxFactory make_sandbox = [&](int cpu) {
    (void)cpu;
    sandbox::SandboxOptions sandbox_options;
    sandbox_options.require_cgroup = options.require_cgroup;
    return sandbox::make_sandbox(sandbox_options);
  };

  if (options.problem_dirs.size() > 1) {
    return run_verify_many(options, verify_options, registry, make_sandbox);
  }
  std::mutex progress_lock;
  std::unique_ptr<ProgressLine> progress;
  if (::isatty(STDERR_FILENO) != 0) progress = std::make_unique<ProgressLine>(progress_lock);
  const verify::VerifyReport report =
      verify::verify_package(verify_options, registry, make_sandbox, progress.get());
  progress.reset();

  if (options.json) {
    std::cout << report::verify_to_json(report);
  } else {
    report::VerifyTextOptions text;
    text.color = use_color(options.no_color, std::getenv("NO_COLOR"), ::isatty(STDOUT_FILENO));
    report::write_verify_text(std::cout, report, text);
  }
  std::cout.flush();
  if (!options.junit_path.empty()) {
    report::write_file_atomically(options.junit_path, report::verify_to_junit_xml(report),
                                  "--junit");
  }
  return static_cast<int>(verify::verify_exit_code(report));
}

}  // namespace judge::cli
