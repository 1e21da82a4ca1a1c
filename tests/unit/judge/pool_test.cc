// The pool: results in input order whatever the completion order, stop, errors, pinning and slot
// exclusivity.
#include "judge/parallel/pool.h"

#include <pthread.h>
#include <sched.h>

#include <catch2/catch.hpp>
#include <condition_variable>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "judge/parallel/cpu_topology.h"

namespace judge::parallel {
namespace {

// Two slots even on a one-CPU machine: the pool's logic does not depend on real CPUs (pinning
// to an absent CPU fails silently and is checked separately below).
std::vector<int> two_cpus() {
  std::vector<int> cpus = allowed_cpus();
  if (cpus.size() < 2) cpus = {cpus.front(), cpus.front()};
  cpus.resize(2);
  return cpus;
}

TEST_CASE("results come in input order when later items finish first", "[parallel]") {
  CpuSlots slots(two_cpus());
  constexpr std::size_t kItems = 6;
  std::mutex mutex;
  std::condition_variable changed;
  std::vector<bool> finished(kItems, false);
  std::vector<std::size_t> completion;
  std::vector<std::size_t> delivered;
  // Each even item waits until the odd item after it has finished: completion order is
  // 1, 0, 3, 2, 5, 4 (two workers), delivery must still be 0..5.
  run_in_order(
      kItems, 2, slots,
      [&](std::size_t item, const Worker&) {
        std::unique_lock lock(mutex);
        if (item % 2 == 0) changed.wait(lock, [&] { return finished[item + 1]; });
        finished[item] = true;
        completion.push_back(item);
        changed.notify_all();
      },
      [&](std::size_t item) {
        delivered.push_back(item);
        return true;
      });
  CHECK(completion == std::vector<std::size_t>{1, 0, 3, 2, 5, 4});
  CHECK(delivered == std::vector<std::size_t>{0, 1, 2, 3, 4, 5});
}

TEST_CASE("unpinned threads: in input order, two at once, holding no slot", "[parallel]") {
  // Items 0 and 1 run at once (each waits for the other to start), on threads not pinned to a
  // slot, while every slot is held by someone else: only slot-free threads can run them.
  CpuSlots slots(two_cpus());
  const HeldSlot first(slots), second(slots);
  std::mutex mutex;
  std::condition_variable changed;
  int started = 0;
  std::vector<int> cpus;
  std::vector<std::size_t> delivered;
  run_in_order_unpinned(
      3, 2,
      [&](std::size_t item, const Worker& worker) {
        std::unique_lock lock(mutex);
        ++started;
        changed.notify_all();
        if (item < 2) changed.wait(lock, [&] { return started >= 2; });
        cpus.push_back(worker.cpu);
      },
      [&](std::size_t item) {
        delivered.push_back(item);
        return true;
      });
  CHECK(delivered == std::vector<std::size_t>{0, 1, 2});
  CHECK(cpus == std::vector<int>{-1, -1, -1});
}

TEST_CASE("two calls sharing the slots: one's long item leaves the other core to the other",
          "[parallel]") {
  // Call A's first item runs until call B has done all its items: B must get a core while A's
  // item holds the other one, and every item runs on a slot's CPU.
  CpuSlots slots(two_cpus());
  std::mutex mutex;
  std::condition_variable changed;
  bool a_started = false;
  int b_done = 0;
  std::vector<int> cpus;
  std::thread a([&] {
    run_in_order_sharing(
        3, 2, slots,
        [&](std::size_t item, const Worker& worker) {
          std::unique_lock lock(mutex);
          cpus.push_back(worker.cpu);
          if (item != 0) return;
          a_started = true;
          changed.notify_all();
          changed.wait(lock, [&] { return b_done == 4; });
        },
        [](std::size_t) { return true; });
  });
  {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return a_started; });
  }
  std::vector<std::size_t> delivered;
  run_in_order_sharing(
      4, 2, slots,
      [&](std::size_t, const Worker& worker) {
        const std::lock_guard lock(mutex);
        cpus.push_back(worker.cpu);
        ++b_done;
        changed.notify_all();
      },
      [&](std::size_t item) {
        delivered.push_back(item);
        return true;
      });
  a.join();
  CHECK(delivered == std::vector<std::size_t>{0, 1, 2, 3});
  CHECK(cpus.size() == 7);
  for (const int cpu : cpus) CHECK((cpu == slots.cpus()[0] || cpu == slots.cpus()[1]));
}

TEST_CASE("deliver returning false starts nothing more and delivers nothing more", "[parallel]") {
  CpuSlots slots(two_cpus());
  SECTION("one job: exactly the items up to the stop ran") {
    int started = 0;
    std::vector<std::size_t> delivered;
    run_in_order(
        100, 1, slots, [&](std::size_t, const Worker&) { ++started; },
        [&](std::size_t item) {
          delivered.push_back(item);
          return item < 3;
        });
    CHECK(delivered == std::vector<std::size_t>{0, 1, 2, 3});
    CHECK(started == 4);
  }
  SECTION("two jobs: items running at the stop finish, undelivered") {
    std::mutex mutex;
    std::condition_variable changed;
    bool gate_open = false;
    std::vector<std::size_t> delivered;
    // Items from 4 on wait until item 3 is delivered, so they are running when it stops the pool.
    run_in_order(
        100, 2, slots,
        [&](std::size_t item, const Worker&) {
          std::unique_lock lock(mutex);
          if (item >= 4) changed.wait(lock, [&] { return gate_open; });
        },
        [&](std::size_t item) {
          delivered.push_back(item);
          if (item == 3) {
            const std::lock_guard lock(mutex);
            gate_open = true;
            changed.notify_all();
          }
          return item < 3;
        });
    CHECK(delivered == std::vector<std::size_t>{0, 1, 2, 3});
  }
}

TEST_CASE("an item's exception is rethrown at its turn, after the earlier ones", "[parallel]") {
  CpuSlots slots(two_cpus());
  for (const unsigned jobs : {1U, 2U}) {
    std::vector<std::size_t> delivered;
    CHECK_THROWS_WITH(run_in_order(
                          5, jobs, slots,
                          [&](std::size_t item, const Worker&) {
                            if (item == 2) throw std::runtime_error("item two failed");
                          },
                          [&](std::size_t item) {
                            delivered.push_back(item);
                            return true;
                          }),
                      "item two failed");
    CHECK(delivered == std::vector<std::size_t>{0, 1});
  }
  // Every slot was given back.
  CHECK(slots.acquire() >= 0);
  CHECK(slots.acquire() >= 0);
}

TEST_CASE("one job runs inline, unpinned, more run pinned, one per slot", "[parallel]") {
  const std::vector<int> cpus = host_core_cpus();
  CpuSlots slots(cpus);
  std::vector<Worker> workers;
  run_in_order(
      3, 1, slots, [&](std::size_t, const Worker& worker) { workers.push_back(worker); },
      [](std::size_t) { return true; });
  for (const Worker& worker : workers) CHECK(worker.cpu == -1);

  if (cpus.size() < 2) {
    WARN("SKIP: one physical core here; pinning of two workers not checked");
    return;
  }
  std::mutex mutex;
  std::set<int> in_use;
  bool shared_a_slot = false;
  std::vector<int> pinned_to;
  run_in_order(
      8, static_cast<unsigned>(cpus.size()), slots,
      [&](std::size_t, const Worker& worker) {
        {
          const std::lock_guard lock(mutex);
          if (!in_use.insert(worker.cpu).second) shared_a_slot = true;
        }
        cpu_set_t set;
        CPU_ZERO(&set);
        ::pthread_getaffinity_np(::pthread_self(), sizeof set, &set);
        const std::lock_guard lock(mutex);
        pinned_to.push_back(CPU_COUNT(&set) == 1 && CPU_ISSET(worker.cpu, &set) ? worker.cpu : -1);
        in_use.erase(worker.cpu);
      },
      [](std::size_t) { return true; });
  CHECK_FALSE(shared_a_slot);
  for (const int cpu : pinned_to) CHECK(cpu >= 0);
}

TEST_CASE("jobs are capped at the number of slots", "[parallel]") {
  CpuSlots slots(std::vector<int>{0, 1});
  CHECK(cap_jobs(0, slots) == 1);
  CHECK(cap_jobs(1, slots) == 1);
  CHECK(cap_jobs(2, slots) == 2);
  CHECK(cap_jobs(64, slots) == 2);
  CHECK_THROWS(CpuSlots(std::vector<int>{}));
}

}  // namespace
}  // namespace judge::parallel
