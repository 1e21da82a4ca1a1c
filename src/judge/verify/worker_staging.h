// A staging folder per sandbox of a CoreRunner phase: a StagingDir is not thread-safe and a
// program's input is staged under a fixed name, so every worker stages into its own. Made on a
// worker's first item; all are removed when this object is destroyed, after the phase.
#pragma once

#include <map>
#include <memory>
#include <mutex>

#include "judge/staging.h"
#include "sandbox/sandbox.h"

namespace judge::verify {

class WorkerStaging {
 public:
  // The staging folder of the worker that owns `sandbox` (its writable dirs belong to that
  // sandbox's user). Thread-safe.
  StagingDir& of(const sandbox::Sandbox& sandbox) {
    const std::lock_guard<std::mutex> lock(mutex_);
    std::unique_ptr<StagingDir>& staging = dirs_[&sandbox];
    if (!staging) {
      staging = std::make_unique<StagingDir>(sandbox.sandbox_uid(), sandbox.sandbox_gid());
    }
    return *staging;
  }

 private:
  std::mutex mutex_;
  std::map<const sandbox::Sandbox*, std::unique_ptr<StagingDir>> dirs_;
};

}  // namespace judge::verify
