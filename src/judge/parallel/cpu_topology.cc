#include "judge/parallel/cpu_topology.h"

#include <sched.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "util/error.h"
#include "util/text.h"

namespace judge::parallel {

namespace fs = std::filesystem;

namespace {

// Far above any real CPU number, and below what would make a range loop for long.
constexpr long kMaxCpu = 1 << 16;

bool parse_number(const std::string& text, long* value) {
  if (text.empty() || text.size() > 6) return false;
  for (const char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c)) == 0) return false;
  }
  *value = std::stol(text);
  return *value < kMaxCpu;
}

// The first line of a small sysfs file; false when it cannot be read.
bool read_line(const fs::path& path, std::string* line) {
  std::ifstream in(path);
  if (!in) return false;
  std::getline(in, *line);
  return true;
}

int read_int_or(const fs::path& path, int fallback) {
  std::string line;
  long value = 0;
  if (!read_line(path, &line) || !parse_number(line, &value)) return fallback;
  return static_cast<int>(value);
}

}  // namespace

std::vector<int> parse_cpu_list(const std::string& text, const std::string& source) {
  const std::string trimmed(trim_right(text));
  std::set<int> cpus;
  std::stringstream items(trimmed);
  std::string item;
  while (std::getline(items, item, ',')) {
    const std::size_t dash = item.find('-');
    long first = 0, last = 0;
    const bool ok = dash == std::string::npos
                        ? parse_number(item, &first) && (last = first, true)
                        : parse_number(item.substr(0, dash), &first) &&
                              parse_number(item.substr(dash + 1), &last) && first <= last;
    if (!ok) {
      throw ConfigError(source, "", "expected a CPU list such as 0-3,8 but read '" + trimmed + "'");
    }
    for (long cpu = first; cpu <= last; ++cpu) cpus.insert(static_cast<int>(cpu));
  }
  return {cpus.begin(), cpus.end()};
}

std::vector<LogicalCpu> read_topology(const fs::path& cpu_root, const std::vector<int>& allowed) {
  std::vector<LogicalCpu> topology;
  for (const int cpu : allowed) {
    const fs::path dir = cpu_root / ("cpu" + std::to_string(cpu)) / "topology";
    LogicalCpu logical;
    logical.cpu = cpu;
    std::string siblings;
    if (read_line(dir / "thread_siblings_list", &siblings)) {
      logical.siblings = parse_cpu_list(siblings, (dir / "thread_siblings_list").string());
    }
    if (std::find(logical.siblings.begin(), logical.siblings.end(), cpu) ==
        logical.siblings.end()) {
      logical.siblings.push_back(cpu);
      std::sort(logical.siblings.begin(), logical.siblings.end());
    }
    logical.core_id = read_int_or(dir / "core_id", -1);
    logical.package_id = read_int_or(dir / "physical_package_id", -1);
    topology.push_back(std::move(logical));
  }
  return topology;
}

std::vector<int> one_cpu_per_core(const std::vector<LogicalCpu>& topology) {
  // Union-find over the given CPUs: siblings, and equal (package, core) pairs, join one core.
  std::map<int, int> parent;
  for (const LogicalCpu& logical : topology) parent[logical.cpu] = logical.cpu;
  const auto find = [&](int cpu) {
    while (parent[cpu] != cpu) cpu = parent[cpu] = parent[parent[cpu]];
    return cpu;
  };
  const auto join = [&](int a, int b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  };
  std::map<std::pair<int, int>, int> by_core_id;
  for (const LogicalCpu& logical : topology) {
    for (const int sibling : logical.siblings) {
      if (parent.count(sibling) != 0) join(logical.cpu, sibling);
    }
    if (logical.core_id >= 0 && logical.package_id >= 0) {
      const auto key = std::make_pair(logical.package_id, logical.core_id);
      const auto [it, fresh] = by_core_id.emplace(key, logical.cpu);
      if (!fresh) join(logical.cpu, it->second);
    }
  }
  std::set<int> chosen;
  for (const auto& [cpu, unused] : parent) chosen.insert(find(cpu));  // each core's lowest CPU
  return {chosen.begin(), chosen.end()};
}

std::vector<int> allowed_cpus() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (::sched_getaffinity(0, sizeof set, &set) != 0) throw_errno("sched_getaffinity");
  std::vector<int> cpus;
  for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
    if (CPU_ISSET(cpu, &set)) cpus.push_back(cpu);
  }
  return cpus;
}

std::vector<int> host_core_cpus() {
  return one_cpu_per_core(read_topology("/sys/devices/system/cpu", allowed_cpus()));
}

}  // namespace judge::parallel
