// judge verify: check a whole problem package (judge/verify/verify.h) and print the report.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "judge/parallel/cpu_topology.h"
#include "report/atomic_file.h"
#include "report/text_sanitize.h"
#include "report/verify_report.h"
#include "util/data_dir.h"

namespace judge::cli {

namespace {

// "[3/12] wrong_answer/x.py: WA ok" rewritten in place on stderr, only on a terminal.
class ProgressLine final : public verify::VerifyListener {
 public:
  void on_submission_done(const verify::SubmissionResult& result, int done, int total) override {
    std::string line = "[" + std::to_string(done) + "/" + std::to_string(total) + "] " +
                       report::printable(result.path) + ": " + short_name(result.report.overall) +
                       (result.judgement.met ? " ok" : " FAIL");
    if (line.size() > 78) line = line.substr(0, 75) + "...";
    std::cerr << "\r\x1b[K" << line << std::flush;
  }
  ~ProgressLine() override { std::cerr << "\r\x1b[K" << std::flush; }
};

// One submission per physical core: a second run on an SMT sibling would slow both.
int default_jobs() {
  return static_cast<int>(parallel::host_core_cpus().size());
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

  std::unique_ptr<ProgressLine> progress;
  if (::isatty(STDERR_FILENO) != 0) progress = std::make_unique<ProgressLine>();
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
