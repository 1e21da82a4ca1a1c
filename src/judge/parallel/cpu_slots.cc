#include "judge/parallel/cpu_slots.h"

#include <algorithm>

#include "util/error.h"

namespace judge::parallel {

CpuSlots::CpuSlots(std::vector<int> cpus) : cpus_(std::move(cpus)), held_(cpus_.size(), false) {
  if (cpus_.empty()) throw InternalError("no CPU to run on: the CPU slot list is empty");
}

int CpuSlots::acquire() {
  std::unique_lock lock(mutex_);
  const std::uint64_t ticket = next_ticket_++;
  for (;;) {
    if (ticket == serving_) {
      const auto free = std::find(held_.begin(), held_.end(), false);
      if (free != held_.end()) {
        *free = true;
        ++serving_;
        released_.notify_all();  // the next ticket may find a slot free too
        return cpus_[static_cast<std::size_t>(free - held_.begin())];
      }
    }
    released_.wait(lock);
  }
}

void CpuSlots::release(int cpu) {
  {
    const std::lock_guard lock(mutex_);
    const auto it = std::find(cpus_.begin(), cpus_.end(), cpu);
    if (it == cpus_.end()) return;
    held_[static_cast<std::size_t>(it - cpus_.begin())] = false;
  }
  released_.notify_all();
}

}  // namespace judge::parallel
