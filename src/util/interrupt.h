// Ctrl-C and SIGTERM: the judge stops at the next safe point and unwinds normally, so every
// running program is killed and every cgroup and staging directory is removed.
#pragma once

#include <stdexcept>

namespace judge {

class Interrupted : public std::runtime_error {
 public:
  explicit Interrupted(int signal);
  int signal() const { return signal_; }

 private:
  int signal_;
};

// SIGINT, SIGTERM and SIGHUP set a flag (without SA_RESTART, so a blocking poll returns EINTR).
void install_interrupt_handlers();
// The signal that arrived, or 0.
int pending_interrupt();
// Throws Interrupted when one of those signals arrived.
void throw_if_interrupted();

}  // namespace judge
