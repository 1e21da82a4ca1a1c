#include "judge/parallel/pool.h"

#include <pthread.h>
#include <sched.h>

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace judge::parallel {

namespace {

// What the worker threads and the delivering thread share, under one mutex.
class Shared {
 public:
  explicit Shared(std::size_t count) : done_(count, false), errors_(count) {}

  // The next item to start, or false when there is none or starting has stopped.
  bool take(std::size_t* item) {
    const std::lock_guard lock(mutex_);
    if (stopped_ || next_ >= done_.size()) return false;
    *item = next_++;
    return true;
  }
  void finish(std::size_t item, std::exception_ptr error) {
    {
      const std::lock_guard lock(mutex_);
      errors_[item] = std::move(error);
      done_[item] = true;
    }
    changed_.notify_all();
  }
  // Waits for `item` to be done; its error, if any.
  std::exception_ptr wait(std::size_t item) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return done_[item]; });
    return errors_[item];
  }
  void stop() {
    const std::lock_guard lock(mutex_);
    stopped_ = true;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::size_t next_ = 0;
  bool stopped_ = false;
  std::vector<bool> done_;
  std::vector<std::exception_ptr> errors_;
};

void pin_this_thread(int cpu) {
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(cpu, &one);
  // Best effort: the runs themselves are pinned by the sandbox (RunSpec::cpu) in any case.
  ::pthread_setaffinity_np(::pthread_self(), sizeof one, &one);
}

// How a worker thread holds its core slot.
enum class SlotUse { kNone, kForLife, kPerItem };

void run_item(Shared& shared, std::size_t item, const Worker& worker, const WorkFunction& work) {
  std::exception_ptr error;
  try {
    work(item, worker);
  } catch (...) {
    error = std::current_exception();
  }
  shared.finish(item, std::move(error));
}

void work_loop(Shared& shared, CpuSlots* slots, SlotUse use, std::size_t index,
               const WorkFunction& work) {
  std::size_t item = 0;
  if (use == SlotUse::kPerItem) {
    // The slot is taken before the item: an item that has started always holds a core, so an
    // item that waits for an earlier one of the same call never waits for a slot.
    for (;;) {
      const HeldSlot slot(*slots);
      if (!shared.take(&item)) return;
      pin_this_thread(slot.cpu());
      run_item(shared, item, Worker{index, slot.cpu()}, work);
    }
  }
  std::optional<HeldSlot> slot;
  if (use == SlotUse::kForLife) {
    slot.emplace(*slots);
    pin_this_thread(slot->cpu());
  }
  const Worker worker{index, slot ? slot->cpu() : -1};
  while (shared.take(&item)) run_item(shared, item, worker, work);
}

void run_inline(std::size_t count, const WorkFunction& work, const DeliverFunction& deliver) {
  const Worker worker{0, -1};
  for (std::size_t item = 0; item < count; ++item) {
    work(item, worker);
    if (!deliver(item)) return;
  }
}

}  // namespace

unsigned cap_jobs(unsigned requested, const CpuSlots& slots) {
  return std::max(1U, std::min(requested, static_cast<unsigned>(slots.size())));
}

namespace {

// `threads` worker threads, each holding a slot of `slots` when given; see run_in_order().
void run_on_threads(std::size_t count, std::size_t threads, CpuSlots* slots, SlotUse use,
                    const WorkFunction& work, const DeliverFunction& deliver) {
  Shared shared(count);
  std::vector<std::thread> running;
  const std::size_t thread_count = std::min(threads, count);
  std::exception_ptr failure;
  try {
    for (std::size_t index = 0; index < thread_count; ++index) {
      running.emplace_back(work_loop, std::ref(shared), slots, use, index, std::cref(work));
    }
    for (std::size_t item = 0; item < count; ++item) {
      if (std::exception_ptr error = shared.wait(item)) std::rethrow_exception(error);
      if (!deliver(item)) break;
    }
  } catch (...) {
    failure = std::current_exception();
  }
  shared.stop();
  for (std::thread& thread : running) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace

void run_in_order(std::size_t count, unsigned jobs, CpuSlots& slots, const WorkFunction& work,
                  const DeliverFunction& deliver) {
  jobs = cap_jobs(jobs, slots);
  if (jobs == 1 || count == 0) return run_inline(count, work, deliver);
  run_on_threads(count, jobs, &slots, SlotUse::kForLife, work, deliver);
}

void run_in_order_sharing(std::size_t count, unsigned jobs, CpuSlots& slots,
                          const WorkFunction& work, const DeliverFunction& deliver) {
  jobs = cap_jobs(jobs, slots);
  if (jobs == 1 || count == 0) return run_inline(count, work, deliver);
  run_on_threads(count, jobs, &slots, SlotUse::kPerItem, work, deliver);
}

void run_in_order_unpinned(std::size_t count, unsigned threads, const WorkFunction& work,
                           const DeliverFunction& deliver) {
  if (threads <= 1 || count == 0) return run_inline(count, work, deliver);
  run_on_threads(count, threads, nullptr, SlotUse::kNone, work, deliver);
}

}  // namespace judge::parallel
