#include "util/interrupt.h"

#include <csignal>
#include <cstring>
#include <string>

namespace judge {

namespace {
volatile std::sig_atomic_t g_signal = 0;

extern "C" void remember_signal(int signal) {
  g_signal = signal;
}
}  // namespace

Interrupted::Interrupted(int signal)
    : std::runtime_error(std::string("interrupted by ") + ::strsignal(signal)), signal_(signal) {}

void install_interrupt_handlers() {
  struct sigaction action {};
  action.sa_handler = remember_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  for (int signal : {SIGINT, SIGTERM, SIGHUP}) ::sigaction(signal, &action, nullptr);
}

int pending_interrupt() {
  return g_signal;
}

void throw_if_interrupted() {
  if (g_signal != 0) throw Interrupted(g_signal);
}

}  // namespace judge
