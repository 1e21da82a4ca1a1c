#include "sandbox/run_monitor.h"

#include <poll.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>

#include "util/error.h"
#include "util/interrupt.h"

namespace judge::sandbox {

namespace {

// How often CPU time is polled while a run goes on, at most: rarely enough that polling costs
// nothing measurable. Near the limit the interval shrinks (see cpu_poll_timeout_ms).
constexpr std::int64_t kCpuPollIntervalMs = 5;

// The run cannot burn CPU faster than every online core at once, so the limit is at least
// (limit - used) / cores away: sleep that long (within 1..5 ms), and the run is stopped within
// about a millisecond of its limit plus the time a kill takes.
int cpu_poll_timeout_ms(std::int64_t limit_us, std::int64_t used_us) {
  static const long cores = std::max(1L, ::sysconf(_SC_NPROCESSORS_ONLN));
  const std::int64_t until_limit_ms = (limit_us - used_us) / 1000 / cores;
  return static_cast<int>(std::clamp<std::int64_t>(until_limit_ms, 1, kCpuPollIntervalMs));
}

void send_kill(int pidfd) {
  ::syscall(SYS_pidfd_send_signal, pidfd, SIGKILL, nullptr, 0);
}

class StreamDrain {
 public:
  StreamDrain(int fd, std::int64_t keep_limit) : fd_(fd), keep_limit_(keep_limit) {}
  bool open() const { return fd_ >= 0; }
  int fd() const { return fd_; }
  std::int64_t total() const { return total_; }

  // Reads what is available. Calls sink(data, n) for the bytes within keep_limit. Returns false
  // on EOF (and stops watching the stream).
  template <typename Sink>
  void read_some(Sink&& sink) {
    char buffer[65536];
    const ssize_t n = ::read(fd_, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) return;
      fd_ = -1;
      return;
    }
    if (n == 0) {
      fd_ = -1;
      return;
    }
    const std::int64_t room = std::max<std::int64_t>(0, keep_limit_ - total_);
    const std::int64_t keep = std::min<std::int64_t>(room, n);
    if (keep > 0) sink(buffer, static_cast<std::size_t>(keep));
    total_ += n;
  }

 private:
  int fd_;
  std::int64_t keep_limit_;
  std::int64_t total_ = 0;
};

}  // namespace

std::int64_t monotonic_ns() {
  timespec ts{};
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

namespace {

// One run being watched: the loop of monitor_run, split by what each step does.
class RunWatch {
 public:
  RunWatch(const MonitoredRun& run, const MonitorLimits& limits, std::int64_t started_ns)
      : run_(run),
        limits_(limits),
        started_ns_(started_ns),
        out_(run.stdout_fd, limits.output_bytes > 0 ? limits.output_bytes : INT64_MAX),
        err_(run.stderr_fd, limits.stderr_bytes) {}

  MonitorResult watch() {
    while (!exited_ || out_.open() || err_.open()) {
      if (pending_interrupt() != 0) {
        // The user stopped the judge: end this run now and let the caller unwind (and reap).
        send_kill(run_.pidfd);
        throw_if_interrupted();
      }
      const std::int64_t now = monotonic_ns();
      const std::int64_t elapsed_us = (now - started_ns_) / 1000;
      enforce_time_limits(elapsed_us);
      // Once the init has reported (or died) nothing of the run is left; a stream still open
      // after that belongs to nothing of ours, so stop waiting for it after a short grace.
      if (exited_ && now - exit_seen_ns_ > 2'000'000'000) break;
      wait_and_drain(poll_timeout_ms(elapsed_us));
    }
    if (!exited_) result_.wall_time_us = (monotonic_ns() - started_ns_) / 1000;
    result_.stdout_bytes = out_.total();
    return std::move(result_);
  }

 private:
  void kill_run() {
    if (!killed_) {
      result_.killed_ns = monotonic_ns();  // before the kill: nothing of the run ends earlier
      send_kill(run_.pidfd);               // the pid namespace dies with its init
    }
    killed_ = true;
  }

  void enforce_time_limits(std::int64_t elapsed_us) {
    if (!killed_ && limits_.wall_time_us > 0 && elapsed_us > limits_.wall_time_us) {
      result_.wall_limit_exceeded = true;
      kill_run();
    }
    if (!killed_ && run_.cgroup != nullptr && limits_.cpu_time_us > 0) {
      used_cpu_us_ = run_.cgroup->cpu_time_us();
      if (used_cpu_us_ > limits_.cpu_time_us) {
        result_.cpu_limit_exceeded = true;
        kill_run();
      }
    }
  }

  int poll_timeout_ms(std::int64_t elapsed_us) const {
    if (exited_) return 100;
    int timeout_ms = limits_.cpu_time_us > 0 && run_.cgroup != nullptr
                         ? cpu_poll_timeout_ms(limits_.cpu_time_us, used_cpu_us_)
                         : 1000;
    if (limits_.wall_time_us > 0) {
      const std::int64_t left_ms = (limits_.wall_time_us - elapsed_us) / 1000 + 1;
      timeout_ms = static_cast<int>(std::clamp<std::int64_t>(left_ms, 1, timeout_ms));
    }
    return timeout_ms;
  }

  // Waits for the init's report or exit and for output; drains what arrived.
  void wait_and_drain(int timeout_ms) {
    const short until_exit = exited_ ? 0 : POLLIN;
    pollfd pfds[4] = {{run_.pidfd, until_exit, 0},
                      {out_.fd(), POLLIN, 0},
                      {err_.fd(), POLLIN, 0},
                      {run_.status_fd, until_exit, 0}};
    const int n = ::poll(pfds, 4, timeout_ms);
    if (n < 0 && errno != EINTR) throw_errno("poll", "sandbox run");
    if (n <= 0) return;
    if (pfds[1].revents != 0) drain_stdout();
    if (pfds[2].revents != 0) {
      err_.read_some(
          [&](const char* data, std::size_t size) { result_.stderr_text.append(data, size); });
    }
    if (!exited_ && ((pfds[0].revents | pfds[3].revents) != 0)) {
      exited_ = true;
      exit_seen_ns_ = monotonic_ns();
      result_.wall_time_us = (exit_seen_ns_ - started_ns_) / 1000;
    }
  }

  void drain_stdout() {
    out_.read_some([&](const char* data, std::size_t size) {
      if (run_.output_file_fd >= 0 && ::write(run_.output_file_fd, data, size) < 0) {
        throw_errno("write", "program output file");
      }
    });
    if (limits_.output_bytes > 0 && out_.total() > limits_.output_bytes && !killed_) {
      result_.output_limit_exceeded = true;
      kill_run();
    }
  }

  const MonitoredRun& run_;
  const MonitorLimits& limits_;
  const std::int64_t started_ns_;
  StreamDrain out_;
  StreamDrain err_;
  MonitorResult result_;
  bool exited_ = false;
  bool killed_ = false;
  std::int64_t used_cpu_us_ = 0;
  std::int64_t exit_seen_ns_ = 0;
};

}  // namespace

MonitorResult monitor_run(const MonitoredRun& run, const MonitorLimits& limits,
                          std::int64_t started_ns) {
  return RunWatch(run, limits, started_ns).watch();
}

}  // namespace judge::sandbox
