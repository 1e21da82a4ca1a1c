// `judge doctor`: what this machine gives the sandbox (sandbox/host_checks.h), and with
// --languages, whether every installed language really works inside it: its hello-world program
// (languages/hello/<id>.*) is judged on a one-test problem, as a user's solution would be.
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <memory>
#include <optional>
#include <string>

#include "cli/commands.h"
#include "judge/session.h"
#include "lang/language.h"
#include "sandbox/host_checks.h"
#include "sandbox/sandbox.h"
#include "util/data_dir.h"
#include "util/units.h"

namespace judge::cli {

namespace fs = std::filesystem;

namespace {

using Status = sandbox::HostCheck::Status;

class Checklist {
 public:
  explicit Checklist(std::ostream& out) : out_(out) {}

  void report(Status status, const std::string& check, const std::string& detail,
              const std::string& fix = "", bool required = false) {
    out_ << std::left << std::setw(6) << sandbox::to_string(status) << std::setw(24) << check
         << detail << '\n';
    if (!fix.empty())
      out_ << std::setw(30) << ""
           << "fix: " << fix << '\n';
    if (status == Status::kFail && required) failed_ = true;
  }
  bool failed() const { return failed_; }

 private:
  std::ostream& out_;
  bool failed_ = false;
};

class SilentListener : public JudgeListener {
 public:
  void on_start(const JudgeReport&) override {}
  void on_compile(const JudgeReport&) override {}
  void on_test(const JudgeReport&, const TestOutcome&) override {}
  void on_finish(const JudgeReport&) override {}
};

// A plain-folder problem with one test: no input, answer "Hello World!". Removed on destruction.
class HelloProblem {
 public:
  HelloProblem() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern =
        std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/judge-doctor-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) throw_errno("mkdtemp", pattern);
    dir_ = pattern;
    std::ofstream(dir_ / "hello.in") << "";
    std::ofstream(dir_ / "hello.ans") << "Hello World!\n";
  }
  ~HelloProblem() {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
  const fs::path& dir() const { return dir_; }

 private:
  fs::path dir_;
};

std::optional<fs::path> hello_world_source(const lang::Language& language) {
  const fs::path dir = data_dir() / "languages" / "hello";
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, error)) {
    if (entry.path().stem() == language.id) return entry.path();
  }
  return std::nullopt;
}

std::string first_line(const std::string& text) {
  const std::size_t end = text.find('\n');
  return end == std::string::npos ? text : text.substr(0, end);
}

void check_language(Checklist& checks, const lang::Language& language,
                    const lang::Registry& registry, sandbox::Sandbox& sandbox,
                    const HelloProblem& problem) {
  const std::string name = "language " + language.id;
  const std::optional<std::string> version = lang::toolchain_version(language);
  if (!version) {
    checks.report(Status::kWarn, name, "not installed",
                  "apt-get install " + language.debian_package);
    return;
  }
  const std::optional<fs::path> source = hello_world_source(language);
  if (!source) {
    checks.report(Status::kWarn, name, *version + "; no languages/hello/" + language.id + ".*",
                  "add a hello-world program for this language");
    return;
  }
  SessionOptions options;
  options.solution = *source;
  options.problem_dir = problem.dir();
  options.language_id = language.id;
  SilentListener listener;
  try {
    const JudgeReport report = judge_solution(options, sandbox, registry, listener);
    if (report.overall == Verdict::kAccepted) {
      checks.report(Status::kOk, name,
                    "works: " + *version + "; hello world in " +
                        units::format_duration_ms(max_cpu_time_us(report) / 1000) + " CPU, " +
                        units::format_bytes(max_peak_memory_bytes(report)));
      return;
    }
    std::string reason = short_name(report.overall);
    if (report.overall == Verdict::kCompileError) {
      reason += ": " + first_line(report.compile.message);
    } else if (!report.tests.empty()) {
      const TestOutcome& test = report.tests.front();
      reason += ": " + (test.message.empty() ? first_line(test.run.stderr_text) : test.message);
    }
    checks.report(Status::kFail, name, "broken: " + reason, "", /*required=*/true);
  } catch (const std::exception& error) {
    checks.report(Status::kFail, name, std::string("broken: ") + error.what(), "", true);
  }
}

}  // namespace

int doctor(const DoctorOptions& options, std::ostream& out) {
  Checklist checks(out);
  for (const sandbox::HostCheck& check : sandbox::check_host()) {
    checks.report(check.status, check.name, check.detail, check.fix, check.required);
  }
  const fs::path languages_dir = data_dir() / "languages";
  std::optional<lang::Registry> registry;
  try {
    registry = lang::Registry::load(languages_dir);
    checks.report(Status::kOk, "language files",
                  std::to_string(registry->all().size()) + " in " + languages_dir.string());
  } catch (const std::exception& error) {
    checks.report(Status::kFail, "language files", error.what(), "", true);
  }
  if (registry && options.languages) {
    std::unique_ptr<sandbox::Sandbox> box = sandbox::make_sandbox({});
    const HelloProblem problem;
    for (const lang::Language& language : registry->all()) {
      check_language(checks, language, *registry, *box, problem);
    }
  }
  return static_cast<int>(checks.failed() ? ExitCode::kNotAccepted : ExitCode::kAllAccepted);
}

}  // namespace judge::cli
