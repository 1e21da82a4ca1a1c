// Which logical CPUs parallel runs may be pinned to: one per physical core, never two SMT
// siblings, so that two runs at once do not share a core's execution units and caches and each
// run's CPU time stays what it is when the run is alone.
//
// Read from sysfs (cpuN/topology/thread_siblings_list, core_id, physical_package_id) and limited
// to the CPUs this process may run on (sched_getaffinity: a container's or taskset's cpuset).
// Offline CPUs are in no affinity mask and have no topology folder; a CPU whose topology cannot
// be read counts as a core of its own (a container hiding sysfs loses nothing but SMT awareness).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace judge::parallel {

// A kernel CPU list ("0-3,8,10-11\n") as sorted, unique CPU numbers. Throws ConfigError naming
// `source` (a sysfs file) when the text is not such a list.
std::vector<int> parse_cpu_list(const std::string& text, const std::string& source);

// One logical CPU of `cpu` and those it shares a physical core with.
struct LogicalCpu {
  int cpu = 0;
  std::vector<int> siblings;  // thread_siblings_list, `cpu` included; {cpu} when unknown
  int core_id = -1;           // -1 when unknown
  int package_id = -1;
};

// The topology of each CPU in `allowed`, read below `cpu_root` (normally
// /sys/devices/system/cpu; tests give a fixture tree).
std::vector<LogicalCpu> read_topology(const std::filesystem::path& cpu_root,
                                      const std::vector<int>& allowed);

// One CPU per physical core: the lowest allowed CPU of each group of siblings, in ascending order.
// Two CPUs are of one core when either lists the other as a sibling, or when both name the same
// (package, core) pair.
std::vector<int> one_cpu_per_core(const std::vector<LogicalCpu>& topology);

// The CPUs this process may run on (sched_getaffinity), ascending.
std::vector<int> allowed_cpus();

// one_cpu_per_core() of this host for the allowed CPUs: where parallel runs go.
std::vector<int> host_core_cpus();

}  // namespace judge::parallel
