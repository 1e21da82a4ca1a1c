// One thread that runs one job at a time for the judge while the judge does something else
// (here: preparing the next run while the current one goes on). The owner waits for the job to
// be done before it touches what the job touches, so the job needs no locking of its own.
#pragma once

#include <sched.h>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace judge::sandbox {

class BackgroundWorker {
 public:
  BackgroundWorker() = default;
  // Waits for the running job, then stops the thread.
  ~BackgroundWorker();
  BackgroundWorker(const BackgroundWorker&) = delete;
  BackgroundWorker& operator=(const BackgroundWorker&) = delete;

  // Runs `job` on the worker thread (started on first use), on one of `cpus` when given. The
  // previous job must be done: call wait_idle() first. The job must not throw.
  void post(std::function<void()> job, const cpu_set_t* cpus = nullptr);
  // Returns once no job is queued or running.
  void wait_idle();

 private:
  void loop();

  std::mutex mutex_;
  std::condition_variable changed_;
  std::function<void()> job_;
  bool busy_ = false;
  bool stopping_ = false;
  std::thread thread_;
  cpu_set_t cpus_;  // the worker's CPU set, when has_cpus_
  bool has_cpus_ = false;
};

}  // namespace judge::sandbox
