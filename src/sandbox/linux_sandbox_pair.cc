// Two runs at once, connected by two pipes (Sandbox::run_pair): an interactive problem's
// submission (a) and its output validator (b).
//
// Both runs are started like any run (LinuxSandbox::begin), except that the init is handed the
// ends of two pipes as the program's stdin and stdout instead of a file and the judge's capture
// pipe. The judge closes its copies at once, so each program sees EOF when the other's last
// process is gone, and the bytes go from one program to the other without passing through the
// judge: an exchange runs at pipe speed. Each run keeps its own init, pid namespace, cgroup and
// limits; a thread watches a while the judge's thread watches b.
#include <fcntl.h>
#include <sys/wait.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>

#include "sandbox/active_run.h"
#include "sandbox/linux_sandbox.h"
#include "util/error.h"

namespace judge::sandbox {

namespace {

// problemtools gives its interactive pipes 1 MiB, so that a burst of output does not stall the
// writer while the reader is busy. Best effort: an unprivileged judge may be capped lower.
constexpr int kPairPipeBytes = 1 << 20;

Pipe wide_pipe() {
  Pipe pipe = make_pipe();
  ::fcntl(pipe.write.get(), F_SETPIPE_SZ, kPairPipeBytes);
  return pipe;
}

bool lets_partner_finish(const ChildRecord& record, const std::vector<int>& exit_codes) {
  if (record.kind != RecordKind::kFinished || !WIFEXITED(record.wait_status)) return false;
  const int code = WEXITSTATUS(record.wait_status);
  return std::find(exit_codes.begin(), exit_codes.end(), code) != exit_codes.end();
}

// How long a may take to be seen ending after b ended, before the judge stops a.
constexpr std::chrono::milliseconds kPartnerGrace{100};

// When the run was over: the moment a limit made the judge kill it, else the moment its init
// reaped the program, else (an init killed before it could report) when the judge saw it end.
// The judge's own sightings come from two watching threads and can be late by a scheduling
// delay, so they are the last resort.
std::int64_t ended_ns(std::int64_t started_ns, const MonitorResult& monitored,
                      const StartedInit& init) {
  if (monitored.killed_ns > 0) return monitored.killed_ns;
  if (init.has_report() && init.report().kind == RecordKind::kFinished) {
    return init.report().ended_ns;
  }
  return started_ns + monitored.wall_time_us * 1000;
}

}  // namespace

PairResult LinuxSandbox::run_pair(const RunSpec& a_spec, const RunSpec& b_spec,
                                  const PairOptions& options) {
  PairResult result;
  result.a.backend = backend();
  result.b.backend = backend();
  ActiveRun a(a_spec);
  ActiveRun b(b_spec);
  try {
    // A zygote is a clone of the judge that never execs: one made while the pipes are open would
    // keep their ends open for good, and a program would never see EOF. So both exist first.
    worker_.wait_idle();
    zygote_for(a_spec);
    zygote_for(b_spec);
    {
      const Pipe a_to_b = wide_pipe();
      const Pipe b_to_a = wide_pipe();
      begin(a, b_to_a.read.get(), a_to_b.write.get());
      begin(b, a_to_b.read.get(), b_to_a.write.get());
    }  // the judge's copies close here: only the two programs hold the pipes now

    std::atomic<bool> a_over{false};
    auto a_watch = std::async(std::launch::async, [&a, &a_over] {
      MonitorResult monitored = watch(a);
      a_over = true;
      return monitored;
    });
    MonitorResult b_monitored;
    try {
      b_monitored = watch(b);
    } catch (...) {
      a.init->kill();
      a_watch.wait();
      throw;
    }
    // b is over. Unless its end lets a go on, what a does next no longer matters: stop it
    // rather than at its own limits. First a short grace: a that already ended on its own (its
    // end is what made b end: EOF) is still being reaped, and stopping it now would hide how it
    // ended (a crash would read as the judge's SIGKILL).
    ChildRecord b_report{};
    const bool b_reported = read_init_report(*b.init, &b_report);
    bool a_stopped = false;
    if (!a_over &&
        !(b_reported && lets_partner_finish(b_report, options.b_exits_letting_a_finish)) &&
        a_watch.wait_for(kPartnerGrace) != std::future_status::ready) {
      a.init->kill();
      a_stopped = true;
    }
    const MonitorResult a_monitored = a_watch.get();
    finish(a, a_monitored, &result.a, a_stopped);
    finish(b, b_monitored, &result.b);
    // Not `a_stopped` alone: a may have hit its own limit just before, its watch not yet over.
    const std::int64_t a_ended_ns = ended_ns(a.started_ns, a_monitored, *a.init);
    const std::int64_t b_ended_ns = ended_ns(b.started_ns, b_monitored, *b.init);
    result.b_ended_first = b_ended_ns <= a_ended_ns;
    result.end_gap_ns = a_ended_ns - b_ended_ns;
    result.a_stopped_after_b = a_stopped && result.b_ended_first;
  } catch (const InternalError& e) {
    for (RunResult* run : {&result.a, &result.b}) {
      run->termination = Termination::kSetupFailed;
      run->setup_error = e.what();
    }
  }
  retire(std::move(a.init));
  retire(std::move(b.init));
  return result;
}

}  // namespace judge::sandbox
