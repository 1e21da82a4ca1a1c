#include "sandbox/background_worker.h"

#include <pthread.h>
#include <signal.h>

#include <utility>

namespace judge::sandbox {

BackgroundWorker::~BackgroundWorker() {
  if (!thread_.joinable()) return;
  {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !busy_; });
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void BackgroundWorker::post(std::function<void()> job, const cpu_set_t* cpus) {
  if (!thread_.joinable()) {
    // Signals stay with the judge's main thread, whose blocking calls they must interrupt
    // (Ctrl-C): the worker starts with every signal blocked.
    sigset_t all, previous;
    sigfillset(&all);
    ::pthread_sigmask(SIG_SETMASK, &all, &previous);
    thread_ = std::thread([this] { loop(); });
    ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  }
  // Only when it changes: moving a thread that is still on its way to sleep (it just finished
  // the previous job) waits for the kernel to migrate it, up to milliseconds on a busy host.
  if (cpus != nullptr && !(has_cpus_ && CPU_EQUAL(cpus, &cpus_))) {
    has_cpus_ = ::pthread_setaffinity_np(thread_.native_handle(), sizeof *cpus, cpus) == 0;
    if (has_cpus_) cpus_ = *cpus;
  }
  {
    std::lock_guard lock(mutex_);
    job_ = std::move(job);
    busy_ = true;
  }
  changed_.notify_all();
}

void BackgroundWorker::wait_idle() {
  if (!thread_.joinable()) return;
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return !busy_; });
}

void BackgroundWorker::loop() {
  std::unique_lock lock(mutex_);
  for (;;) {
    changed_.wait(lock, [&] { return busy_ || stopping_; });
    if (busy_) {
      std::function<void()> job = std::move(job_);
      lock.unlock();
      job();
      lock.lock();
      busy_ = false;
      changed_.notify_all();
    } else if (stopping_) {
      return;
    }
  }
}

}  // namespace judge::sandbox
