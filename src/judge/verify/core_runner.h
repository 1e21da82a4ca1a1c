// Runs one phase of verify's work (timing runs, judging, safety runs) on the core slots of
// parallel/pool.h: at most `jobs` items at once, each worker thread pinned to its own physical
// core with a sandbox of its own, made on that thread for this phase only (a sandbox must not
// outlive the thread that made it). Results are the caller's, indexed by item, so every phase
// reads the same with -j 1 and -j N.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>

#include "judge/parallel/cpu_slots.h"
#include "sandbox/sandbox.h"

namespace judge::verify {

// A sandbox for one worker thread, whose runs are all pinned to `cpu` (-1: not pinned). Called
// on that thread, before its first run.
using SandboxFactory = std::function<std::unique_ptr<sandbox::Sandbox>(int cpu)>;

class CoreRunner {
 public:
  // `jobs` is capped at one per physical core (parallel::cap_jobs); at least 1. With
  // `shared_slots`, the workers take their cores from that pool, shared with the runners of other
  // packages verified at the same time (verify_many.h); without, each run() has the host's cores.
  CoreRunner(int jobs, SandboxFactory make_sandbox, parallel::CpuSlots* shared_slots = nullptr);

  int jobs() const { return jobs_; }

  using Work = std::function<void(std::size_t item, sandbox::Sandbox& sandbox)>;
  // Called on the calling thread for items 0, 1, 2... in order, as soon as each is done.
  using Deliver = std::function<void(std::size_t item)>;

  // work(i) for i in [0, count), `jobs` at a time; an exception from work(i) is rethrown once
  // every running item has finished.
  void run(std::size_t count, const Work& work, const Deliver& deliver = {}) const;

 private:
  int jobs_;
  SandboxFactory make_sandbox_;
  parallel::CpuSlots* shared_slots_;
};

}  // namespace judge::verify
