// A run as the sandbox sets it up, in plain words: the one place that resolves what a RunSpec
// leaves to defaults (the wall-time limit, the read-only host paths), so that what `judge run
// --verbose` prints is what the sandbox does.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sandbox/run_spec.h"

namespace judge::sandbox {

// The wall-clock limit that goes with a CPU limit when none is given: three times it (a run
// blocked on I/O or asleep uses no CPU, yet must end); 0 for 0 (unlimited). The one definition of
// this default, for the sandbox and for the limits a judged solution is shown (--wall-time-limit).
std::int64_t default_wall_time_ms(std::int64_t cpu_time_ms);

// The wall-clock limit of a run: Limits::wall_time_ms, or when that is 0 (a bare RunSpec: the
// judge's own runs all set it), the default above plus a second for the run's start, which is
// most of a short run on a loaded or emulated machine.
std::int64_t effective_wall_time_ms(const Limits& limits);

// Host paths every run sees read-only (binaries, libraries, the loader's configuration), before
// the toolchain's own RunSpec::extra_readonly.
const std::vector<std::string>& default_readonly_paths();

// `paths` followed by every mount point of `mount_points` (the judge's mountinfo) strictly below
// one of them, each after the mounts it lies in. The zygote shows each directory as an overlay of
// its own, which does not include what is mounted below it (run_overlays.h), so each such mount
// is shown in turn, read-only too.
std::vector<std::string> with_mounts_below(const std::vector<std::string>& paths,
                                           const std::vector<std::string>& mount_points);

// The plan of one run, one step a line: argv, cwd, environment, mounts, stdio, limits (defaults
// resolved), seccomp policy. The lines are raw: a caller that shows them makes them printable.
std::vector<std::string> describe_run_plan(const RunSpec& spec);

}  // namespace judge::sandbox
