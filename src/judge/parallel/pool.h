// Runs N independent jobs (tests of one submission, submissions of a batch) with at most J at
// once, each on its own CPU slot, and hands their results back in the order of the inputs, so a
// report reads the same whatever the interleaving.
//
//   parallel::CpuSlots slots(parallel::host_core_cpus());
//   const unsigned jobs = parallel::cap_jobs(requested, slots);   // <= one per physical core
//   std::vector<Outcome> outcomes(items.size());
//   parallel::run_in_order(items.size(), jobs, slots,
//       [&](std::size_t i, const parallel::Worker& worker) {      // on a worker thread
//         outcomes[i] = judge_item(items[i], sandbox_of(worker.index), worker.cpu);
//       },
//       [&](std::size_t i) {                                      // calling thread, i = 0, 1...
//         report(outcomes[i]);
//         return !(stop_on_first && failed(outcomes[i]));         // false: start nothing more
//       });
//
// Threads and state. With jobs == 1 everything runs on the calling thread, one item after the
// other, and Worker::cpu is -1 (no pinning: the judge's usual single-run behaviour). With
// jobs > 1 there are `jobs` worker threads for the duration of the call; each holds one slot for
// its whole life and is pinned to that CPU (sched_setaffinity), and Worker::index (0..jobs-1)
// names the thread, so per-thread state (a Sandbox, a StagingDir: neither is thread-safe) can be
// kept in a vector indexed by it and made on first use by that thread. Items are taken in input
// order. A run started on behalf of item i should pin every process it starts to Worker::cpu
// (sandbox::RunSpec::cpu, or SandboxOptions::cpu for every run of a sandbox).
// A sandbox made on a worker thread must not be used after run_in_order() returns (destroying
// it then is fine): its zygote is a child of that thread and dies with it (PR_SET_PDEATHSIG).
// So make per-thread sandboxes inside the call, e.g. on the thread's first item.
//
// Delivery. deliver(i) is called on the calling thread for i = 0, 1, 2... in order, each as soon
// as items 0..i are all done; work(i) happens-before deliver(i). When deliver returns false, no
// further item starts; items already running finish and are not delivered.
//
// Errors. An exception thrown by work(i) is rethrown by run_in_order() when item i's turn to be
// delivered comes, after every worker thread has stopped (running items finish first, none
// starts). An exception from deliver is rethrown the same way. Nothing is lost or delivered twice.
#pragma once

#include <cstddef>
#include <functional>

#include "judge/parallel/cpu_slots.h"

namespace judge::parallel {

struct Worker {
  std::size_t index = 0;  // 0..jobs-1: which worker thread (per-thread state lives here)
  int cpu = -1;           // the logical CPU the thread and its runs are pinned to; -1 = none
};

using WorkFunction = std::function<void(std::size_t item, const Worker& worker)>;
using DeliverFunction = std::function<bool(std::size_t item)>;

// min(requested, slots.size()), at least 1. The caller says so when it capped (a note).
unsigned cap_jobs(unsigned requested, const CpuSlots& slots);

// See the top of this file. `jobs` is capped with cap_jobs().
void run_in_order(std::size_t count, unsigned jobs, CpuSlots& slots, const WorkFunction& work,
                  const DeliverFunction& deliver);

// The same, but each worker thread holds a slot only while it runs an item (taken before the
// item, FIFO among all waiters of `slots`), pinned to that slot's CPU for the item, so that
// several calls at once on one CpuSlots (several packages verified together) share the cores
// item by item: a call whose last long item holds one core leaves the others to the rest.
// Worker::cpu may change from one item to the next on the same thread.
void run_in_order_sharing(std::size_t count, unsigned jobs, CpuSlots& slots,
                          const WorkFunction& work, const DeliverFunction& deliver);

// The same on `threads` threads that hold no slot and are not pinned (Worker::cpu is -1): for
// items that only coordinate work whose runs take slots themselves, such as the packages of
// `judge verify DIR...` (verify_many.h), whose runners take their cores from a shared CpuSlots.
void run_in_order_unpinned(std::size_t count, unsigned threads, const WorkFunction& work,
                           const DeliverFunction& deliver);

}  // namespace judge::parallel
