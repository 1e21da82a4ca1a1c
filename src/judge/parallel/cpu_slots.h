// A fixed set of CPU slots handed out to runs: a run holds one slot (one logical CPU of its own
// physical core) and is pinned to it while it runs; no two holders ever share a slot.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <vector>

namespace judge::parallel {

class CpuSlots {
 public:
  // Slots on the given CPUs (normally host_core_cpus()). At least one: an empty list is an
  // InternalError.
  explicit CpuSlots(std::vector<int> cpus);
  CpuSlots(const CpuSlots&) = delete;
  CpuSlots& operator=(const CpuSlots&) = delete;

  std::size_t size() const { return cpus_.size(); }
  const std::vector<int>& cpus() const { return cpus_; }

  // A free slot's CPU, waiting until one is released if all are held; waiters are served in the
  // order they came (a thread that releases a slot and asks again queues behind the others).
  // Thread-safe.
  int acquire();
  // Gives back a CPU returned by acquire().
  void release(int cpu);

 private:
  std::vector<int> cpus_;
  std::vector<bool> held_;
  std::uint64_t next_ticket_ = 0;  // the ticket of the next acquire()
  std::uint64_t serving_ = 0;      // the ticket whose turn it is
  std::mutex mutex_;
  std::condition_variable released_;
};

// Holds a slot for its lifetime.
class HeldSlot {
 public:
  explicit HeldSlot(CpuSlots& slots) : slots_(slots), cpu_(slots.acquire()) {}
  ~HeldSlot() { slots_.release(cpu_); }
  HeldSlot(const HeldSlot&) = delete;
  HeldSlot& operator=(const HeldSlot&) = delete;
  int cpu() const { return cpu_; }

 private:
  CpuSlots& slots_;
  int cpu_;
};

}  // namespace judge::parallel
