#include "cli/commands.h"

#include <algorithm>

#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <iomanip>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/reporter_fanout.h"
#include "judge/parallel/cpu_topology.h"
#include "judge/session.h"
#include "judge/verify/run_time_limit.h"
#include "lang/language.h"
#include "report/reporter.h"
#include "sandbox/sandbox.h"
#include "util/data_dir.h"
#include "util/version.h"

namespace judge::cli {

namespace {

// The ids of the language files, for the help of --lang. A broken or missing language file is
// not reported here: `judge run` names it, while --help and --version still work.
std::vector<std::string> language_ids() {
  std::vector<std::string> ids;
  try {
    const lang::Registry registry = lang::Registry::load(data_dir() / "languages");
    for (const lang::Language& language : registry.all()) ids.push_back(language.id);
  } catch (const std::exception&) {
    ids.clear();
  }
  return ids;
}

// Said when -j asks for more tests at once than there are physical cores to pin them to.
std::string jobs_note(unsigned jobs) {
  if (jobs <= 1) return "";
  const std::size_t cores = parallel::host_core_cpus().size();
  if (jobs <= cores) return "";
  return "-j " + std::to_string(jobs) + ": this machine has " + std::to_string(cores) +
         " physical core(s) to run on (one test per core, never two on SMT siblings); running " +
         std::to_string(cores) + " at once";
}

}  // namespace

int run(int argc, char** argv) {
  const std::vector<std::string> args(argv + std::min(argc, 1), argv + argc);
  const ParsedCommandLine parsed = parse_command_line(args, std::cout, std::cerr, language_ids());
  if (!parsed.options) return parsed.exit_code;
  const Options& options = *parsed.options;
  switch (options.command) {
    case Command::kRun:
      return run_judge(options.run);
    case Command::kLanguages:
      return list_languages(std::cout, options.languages_profile);
    case Command::kDoctor:
      return doctor(options.doctor, std::cout);
    case Command::kVersion:
      std::cout << version_line() << '\n';
      return static_cast<int>(ExitCode::kAllAccepted);
    case Command::kCache:
      return show_cache(options.cache, std::cout);
    case Command::kGrade:
      check_batch_report_paths(options.batch_reports);
      return with_batch_reports(grade_submissions(options.grade), options.batch_reports,
                                options.grade.results.string(), std::cout);
    case Command::kMerge:
      check_batch_report_paths(options.batch_reports);
      return with_batch_reports(merge_shards(options.merge), options.batch_reports,
                                options.merge.out.string(), std::cout);
    case Command::kReport:
      return render_report(options.report, std::cout);
    case Command::kVerify:
      return run_verify(options.verify);
  }
  return static_cast<int>(ExitCode::kInternal);
}

int run_judge(const RunOptions& options) {
  const lang::Registry registry = lang::Registry::load(data_dir() / "languages", options.profile);
  // Problem and language mistakes are reported before the sandbox is even set up.
  SessionOptions session = options.session;
  JudgeInputs inputs = resolve_inputs(session, registry);
  if (const std::string note = jobs_note(session.jobs); !note.empty()) {
    std::cerr << "judge: note: " << note << "\n";
  }
  sandbox::SandboxOptions sandbox_options;
  sandbox_options.require_cgroup = options.require_cgroup;
  const std::unique_ptr<sandbox::Sandbox> sandbox = sandbox::make_sandbox(sandbox_options);
  verify::derive_missing_time_limit(inputs, session, registry, *sandbox);
  for (const std::string& note : inputs.notes) std::cerr << "judge: note: " << note << "\n";

  std::vector<std::unique_ptr<report::Reporter>> reporters;
  if (options.json) {
    reporters.push_back(report::make_json_reporter(std::cout));
  } else {
    report::TextOptions text;
    text.color = use_color(options.no_color, std::getenv("NO_COLOR"), ::isatty(STDOUT_FILENO));
    text.verbose = options.session.verbose;
    reporters.push_back(report::make_text_reporter(std::cout, text));
  }
  if (!options.junit_path.empty()) {
    reporters.push_back(report::make_junit_reporter(options.junit_path));
  }
  std::vector<report::Reporter*> listeners;
  for (const auto& reporter : reporters) listeners.push_back(reporter.get());
  ReporterFanout fanout(std::move(listeners));

  const JudgeReport report = judge(inputs, session, *sandbox, fanout);
  std::cout.flush();
  return static_cast<int>(exit_code_for(report));
}

int list_languages(std::ostream& out, const std::string& profile) {
  const lang::Registry registry = lang::Registry::load(data_dir() / "languages", profile);
  // Columns as wide as the longest id and name, so that no name runs into the version.
  std::size_t id_width = 0, name_width = 0;
  for (const lang::Language& language : registry.all()) {
    id_width = std::max(id_width, language.id.size());
    name_width = std::max(name_width, language.name.size());
  }
  for (const lang::Language& language : registry.all()) {
    const std::optional<std::string> version = lang::toolchain_version(language);
    out << std::left << std::setw(static_cast<int>(id_width + 2)) << language.id
        << std::setw(static_cast<int>(name_width + 2)) << language.name
        << (version ? *version : "not installed: apt-get install " + language.debian_package)
        << '\n';
  }
  return static_cast<int>(ExitCode::kAllAccepted);
}

}  // namespace judge::cli
