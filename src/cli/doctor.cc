// `judge doctor`: can this machine judge, and how well? Each check prints one line, "ok",
// "warn" or "FAIL", with what to do about anything that is not ok. Only what is observable
// through the sandbox API is checked here.
#include <exception>
#include <iomanip>
#include <memory>
#include <optional>
#include <string>

#include "cli/commands.h"
#include "lang/language.h"
#include "sandbox/sandbox.h"
#include "util/data_dir.h"
#include "util/units.h"

namespace judge::cli {

namespace {

enum class Status { kOk, kWarn, kFail };

class Checklist {
 public:
  explicit Checklist(std::ostream& out) : out_(out) {}

  void report(Status status, const std::string& check, const std::string& detail) {
    const char* label = status == Status::kOk ? "ok  " : status == Status::kWarn ? "warn" : "FAIL";
    out_ << label << "  " << std::left << std::setw(16) << check << detail << '\n';
    if (status == Status::kFail) failed_ = true;
  }
  bool failed() const { return failed_; }

 private:
  std::ostream& out_;
  bool failed_ = false;
};

std::optional<lang::Registry> check_languages_dir(Checklist& checks) {
  const auto dir = data_dir() / "languages";
  try {
    lang::Registry registry = lang::Registry::load(dir);
    checks.report(Status::kOk, "languages",
                  std::to_string(registry.all().size()) + " defined in " + dir.string());
    return registry;
  } catch (const std::exception& error) {
    checks.report(Status::kFail, "languages", error.what());
    return std::nullopt;
  }
}

void check_toolchains(Checklist& checks, const lang::Registry& registry) {
  for (const lang::Language& language : registry.all()) {
    const std::optional<std::string> version = lang::toolchain_version(language);
    if (version) {
      checks.report(Status::kOk, "  " + language.id, *version);
    } else {
      checks.report(Status::kWarn, "  " + language.id,
                    "not installed: apt-get install " + language.debian_package);
    }
  }
}

void check_sandbox_run(Checklist& checks, sandbox::Sandbox& sandbox) {
  sandbox::RunSpec spec;
  spec.argv = {"/bin/true"};
  spec.env = {"PATH=/usr/bin:/bin"};
  spec.limits.cpu_time_ms = 2000;
  spec.limits.wall_time_ms = 5000;
  spec.limits.memory_bytes = 64ll << 20;
  const sandbox::RunResult run = sandbox.run(spec);
  if (run.termination == sandbox::Termination::kSetupFailed) {
    checks.report(Status::kFail, "sandbox run", "/bin/true could not start: " + run.setup_error);
  } else if (run.termination != sandbox::Termination::kExited || run.exit_code != 0) {
    checks.report(Status::kFail, "sandbox run",
                  "/bin/true did not exit cleanly (exit code " + std::to_string(run.exit_code) +
                      ", signal " + std::to_string(run.signal) + ")");
  } else {
    checks.report(Status::kOk, "sandbox run",
                  "/bin/true ran in " + units::format_duration_ms(run.wall_time_us / 1000) +
                      " wall, peak memory " + units::format_bytes(run.peak_memory_bytes));
  }
}

void check_sandbox(Checklist& checks) {
  std::unique_ptr<sandbox::Sandbox> sandbox;
  try {
    sandbox = sandbox::make_sandbox({});
  } catch (const std::exception& error) {
    checks.report(Status::kFail, "sandbox", error.what());
    return;
  }
  const std::string backend = sandbox->backend();
  if (backend == "rlimit") {
    checks.report(Status::kWarn, "limits",
                  "rlimit fallback: no cgroup, so memory is measured per process and a fork "
                  "bomb is bounded only by RLIMIT_NPROC; delegate a cgroup v2 subtree "
                  "(e.g. systemd-run --user --scope -p Delegate=yes) for exact limits");
  } else {
    checks.report(Status::kOk, "limits", backend);
  }
  checks.report(Status::kOk, "isolation", sandbox->isolation());
  checks.report(Status::kOk, "sandbox user",
                "uid " + std::to_string(sandbox->sandbox_uid()) + ", gid " +
                    std::to_string(sandbox->sandbox_gid()));
  check_sandbox_run(checks, *sandbox);
}

}  // namespace

int doctor(const DoctorOptions& options, std::ostream& out) {
  Checklist checks(out);
  checks.report(Status::kOk, "data directory", data_dir().string());
  const std::optional<lang::Registry> registry = check_languages_dir(checks);
  if (registry && options.languages) check_toolchains(checks, *registry);
  check_sandbox(checks);
  return static_cast<int>(checks.failed() ? ExitCode::kNotAccepted : ExitCode::kAllAccepted);
}

}  // namespace judge::cli
