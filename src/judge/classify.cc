// Verdict classification from the sandbox's facts. Each verdict has one small predicate; classify()
// asks them in the documented precedence (IE > TLE > MLE > OLE > RE > AC), so a run that both ran
// out of time and crashed is reported as TLE: the crash is usually the sandbox killing it.
#include "judge/classify.h"

#include <csignal>
#include <cstdio>
#include <cstring>  // sigabbrev_np
#include <optional>
#include <string>

namespace judge {

namespace {

using sandbox::RunResult;
using sandbox::Termination;

constexpr std::int64_t kKiB = 1024;
constexpr std::int64_t kMiB = 1024 * kKiB;

// "2.013 s": measured times get three decimals, so "over the limit" is visible even when close.
std::string format_measured_seconds(std::int64_t us) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f s", static_cast<double>(us) / 1e6);
  return buf;
}

// "2 s", "1.5 s", "0.25 s": limits are shown as the user wrote them, without padding zeros.
std::string format_limit_seconds(std::int64_t ms) {
  std::string text = std::to_string(ms / 1000);
  if (ms % 1000 != 0) {
    char frac[8];
    std::snprintf(frac, sizeof frac, "%03d", static_cast<int>(ms % 1000));
    std::string digits = frac;
    while (digits.back() == '0') digits.pop_back();
    text += "." + digits;
  }
  return text + " s";
}

// "256 MiB", "640 KiB", "1000 bytes": limits are usually whole MiB; never round them.
std::string format_limit_bytes(std::int64_t bytes) {
  if (bytes > 0 && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
  if (bytes > 0 && bytes % kKiB == 0) return std::to_string(bytes / kKiB) + " KiB";
  return std::to_string(bytes) + " bytes";
}

// "256.0 MiB": measurements, one decimal is enough to compare with the limit.
std::string format_measured_mib(std::int64_t bytes) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.1f MiB",
                static_cast<double>(bytes) / static_cast<double>(kMiB));
  return buf;
}

bool signaled_with(const RunResult& run, int signal) {
  return run.termination == Termination::kSignaled && run.signal == signal;
}

bool ended_abnormally(const RunResult& run) {
  if (run.termination == Termination::kSignaled) return true;
  return run.termination == Termination::kExited && run.exit_code != 0;
}

std::optional<std::string> time_limit_message(const RunResult& run, const AppliedLimits& limits) {
  const bool cpu_over = limits.time_limit_ms > 0 && run.cpu_time_us > limits.time_limit_ms * 1000;
  // SIGXCPU comes from RLIMIT_CPU, the rlimit backend's way of enforcing the CPU limit.
  if (run.cpu_limit_exceeded || cpu_over || signaled_with(run, SIGXCPU)) {
    std::string message =
        "CPU time " + format_measured_seconds(run.cpu_time_us) + " over the limit";
    if (limits.time_limit_ms > 0) message += " of " + format_limit_seconds(limits.time_limit_ms);
    return message;
  }
  if (run.wall_limit_exceeded) {
    std::string message =
        "wall time " + format_measured_seconds(run.wall_time_us) + " over the limit";
    if (limits.wall_time_limit_ms > 0) {
      message += " of " + format_limit_seconds(limits.wall_time_limit_ms);
    }
    return message;
  }
  return std::nullopt;
}

std::optional<std::string> memory_limit_message(const RunResult& run, const AppliedLimits& limits,
                                                const std::vector<std::string>& oom_messages) {
  if (ended_abnormally(run)) {
    for (const std::string& marker : oom_messages) {
      if (!marker.empty() && run.stderr_text.find(marker) != std::string::npos) {
        return "memory limit reached: the runtime reported " + marker + " (peak " +
               format_measured_mib(run.peak_memory_bytes) + ")";
      }
    }
  }
  // Without an OOM kill (rlimit backend, or an allocation that failed inside the program) the
  // only evidence is a peak at the limit together with a death: a program that reached the limit
  // and still exited 0 is judged on its output instead.
  const bool peak_at_limit =
      limits.memory_bytes > 0 && run.peak_memory_bytes >= limits.memory_bytes;
  if (!run.memory_limit_exceeded && !(peak_at_limit && ended_abnormally(run))) return std::nullopt;
  std::string message = "memory limit ";
  if (limits.memory_bytes > 0) message += format_limit_bytes(limits.memory_bytes) + " ";
  return message + "reached (peak " + format_measured_mib(run.peak_memory_bytes) + ")";
}

std::optional<std::string> output_limit_message(const RunResult& run, const AppliedLimits& limits) {
  if (run.output_limit_exceeded) {
    std::string message = "output limit ";
    if (limits.output_bytes > 0) message += format_limit_bytes(limits.output_bytes) + " ";
    return message + "exceeded (wrote " + format_measured_mib(run.stdout_bytes) + ")";
  }
  // SIGXFSZ comes from RLIMIT_FSIZE: the program wrote a file larger than allowed.
  if (signaled_with(run, SIGXFSZ)) return "file size limit exceeded (SIGXFSZ)";
  return std::nullopt;
}

std::optional<std::string> runtime_error_message(const RunResult& run) {
  std::string message;
  if (!run.blocked_syscall.empty()) {
    message = "forbidden system call " + run.blocked_syscall;
  } else if (run.termination == Termination::kSignaled || run.exit_code != 0) {
    message = describe_termination(run);
  } else {
    return std::nullopt;
  }
  // A failed fork/clone usually explains the crash that follows; say so, the exit code won't.
  if (run.process_limit_hit) message += "; process limit reached";
  return message;
}

}  // namespace

Classification classify(const RunResult& run, const AppliedLimits& limits,
                        const std::vector<std::string>& out_of_memory_messages) {
  if (run.termination == Termination::kSetupFailed) {
    return {Verdict::kInternalError,
            run.setup_error.empty() ? "sandbox setup failed" : run.setup_error};
  }
  if (auto message = time_limit_message(run, limits)) {
    return {Verdict::kTimeLimitExceeded, *message};
  }
  if (auto message = memory_limit_message(run, limits, out_of_memory_messages)) {
    return {Verdict::kMemoryLimitExceeded, *message};
  }
  if (auto message = output_limit_message(run, limits)) {
    return {Verdict::kOutputLimitExceeded, *message};
  }
  if (auto message = runtime_error_message(run)) return {Verdict::kRuntimeError, *message};
  return {Verdict::kAccepted, ""};
}

std::string signal_name(int signal) {
  // sigabbrev_np() instead of strsignal(): strsignal gives prose ("Segmentation fault") that
  // depends on the locale, and reports need the stable SIG* names. It is thread-safe and knows
  // every signal of this C library; real-time signals have no abbreviation.
  const char* abbreviation = ::sigabbrev_np(signal);
  if (abbreviation == nullptr) return "signal " + std::to_string(signal);
  return std::string("SIG") + abbreviation;
}

std::string describe_termination(const sandbox::RunResult& run) {
  switch (run.termination) {
    case sandbox::Termination::kExited:
      return "exit code " + std::to_string(run.exit_code);
    case sandbox::Termination::kSignaled:
      return "signal " + std::to_string(run.signal) + " (" + signal_name(run.signal) + ")";
    default:
      return "";
  }
}

}  // namespace judge
