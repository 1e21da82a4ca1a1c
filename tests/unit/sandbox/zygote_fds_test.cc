// A sandbox's zygote is a clone of the judge without exec: it must not keep the descriptors the
// judge had open when it was made (zygote.cc). A pipe of another run held by it never reaches
// end-of-file, and that run's reader waits for its wall limit.
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <atomic>
#include <thread>

#include "sandbox_fixture.h"

using judge::sandbox::RunResult;
using judge::sandbox::Termination;
using namespace sandbox_fixture;

TEST_CASE("a zygote made while the judge holds a pipe does not keep it open", "[sandbox]") {
  REQUIRE_SANDBOX();
  int ends[2];
  REQUIRE(::pipe2(ends, O_CLOEXEC | O_NONBLOCK) == 0);
  const std::unique_ptr<Sandbox> sandbox = judge::sandbox::make_sandbox({});
  Scratch scratch;
  const RunResult r = sandbox->run(shell("true", scratch));  // the zygote exists by now
  INFO(r.setup_error);
  REQUIRE(r.termination == Termination::kExited);
  ::close(ends[1]);
  // With no other writer the read end is at end-of-file at once.
  pollfd read_end{ends[0], POLLIN, 0};
  CHECK(::poll(&read_end, 1, 5000) == 1);
  char byte = 0;
  CHECK(::read(ends[0], &byte, 1) == 0);  // not -1 with EAGAIN: no writer is left
  ::close(ends[0]);
}

// The zygote is also cloned while other threads of the judge start and end. glibc's set*id
// wrappers, called in such a clone, wait for every thread of glibc's (copied) list that was being
// created at that moment, forever; the program's process must not call them (run_init.cc).
TEST_CASE("programs start in sandboxes made while the judge starts threads", "[sandbox]") {
  REQUIRE_SANDBOX();
  std::atomic<bool> stop{false};
  const auto churn_threads = [&stop] {
    while (!stop) std::thread([] {}).join();
  };
  std::thread churn(churn_threads), churn_too(churn_threads);
  Scratch scratch;
  int slow = 0;
  for (int i = 0; i < 80; ++i) {
    const std::unique_ptr<Sandbox> sandbox = judge::sandbox::make_sandbox({});
    RunSpec spec = shell("true", scratch);
    spec.limits.wall_time_ms = 5000;
    const RunResult r = sandbox->run(spec);
    if (r.termination != Termination::kExited) ++slow;
  }
  stop = true;
  churn.join();
  churn_too.join();
  CHECK(slow == 0);
}
