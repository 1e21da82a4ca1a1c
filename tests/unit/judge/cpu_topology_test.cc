// CPU topology: which logical CPUs parallel runs are pinned to, from sysfs trees written here
// the way the kernel lays them out (SMT siblings, offline CPUs, a restricted affinity).
#include "judge/parallel/cpu_topology.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "util/error.h"

namespace judge::parallel {
namespace {

namespace fs = std::filesystem;

// A fake /sys/devices/system/cpu, removed at the end of the test.
class SysfsTree {
 public:
  SysfsTree() {
    root_ = fs::temp_directory_path() / ("judge-cpu-topology-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  ~SysfsTree() { fs::remove_all(root_); }
  // cpuN/topology with its siblings list, core and package.
  void cpu(int n, const std::string& siblings, int core, int package = 0) {
    const fs::path dir = root_ / ("cpu" + std::to_string(n)) / "topology";
    fs::create_directories(dir);
    std::ofstream(dir / "thread_siblings_list") << siblings << "\n";
    std::ofstream(dir / "core_id") << core << "\n";
    std::ofstream(dir / "physical_package_id") << package << "\n";
  }
  // An offline CPU: its folder holds only `online` (0), no topology.
  void offline(int n) {
    const fs::path dir = root_ / ("cpu" + std::to_string(n));
    fs::create_directories(dir);
    std::ofstream(dir / "online") << "0\n";
  }
  const fs::path& root() const { return root_; }

 private:
  fs::path root_;
};

std::vector<int> chosen(const SysfsTree& tree, const std::vector<int>& allowed) {
  return one_cpu_per_core(read_topology(tree.root(), allowed));
}

TEST_CASE("cpu lists are read as the kernel writes them", "[parallel]") {
  CHECK(parse_cpu_list("0-3,8,10-11\n", "f") == std::vector<int>{0, 1, 2, 3, 8, 10, 11});
  CHECK(parse_cpu_list("5", "f") == std::vector<int>{5});
  CHECK(parse_cpu_list("1,0,1", "f") == std::vector<int>{0, 1});
  CHECK(parse_cpu_list("\n", "f").empty());
  CHECK_THROWS_AS(parse_cpu_list("3-1", "f"), ConfigError);
  CHECK_THROWS_AS(parse_cpu_list("0-x", "f"), ConfigError);
  CHECK_THROWS_AS(parse_cpu_list("-1", "f"), ConfigError);
  CHECK_THROWS_AS(parse_cpu_list("0-99999999", "f"), ConfigError);
  try {
    parse_cpu_list("zero", "/sys/x/thread_siblings_list");
    FAIL("accepted a word");
  } catch (const ConfigError& e) {
    CHECK(e.file() == "/sys/x/thread_siblings_list");
  }
}

TEST_CASE("SMT siblings share one slot: the lowest CPU of each core", "[parallel]") {
  SysfsTree tree;
  // Intel's numbering: cpu0 and cpu2 are the two threads of core 0, cpu1 and cpu3 of core 1.
  tree.cpu(0, "0,2", 0);
  tree.cpu(1, "1,3", 1);
  tree.cpu(2, "0,2", 0);
  tree.cpu(3, "1,3", 1);
  CHECK(chosen(tree, {0, 1, 2, 3}) == std::vector<int>{0, 1});
  // A cpuset that leaves only the second thread of each core: those two, still one per core.
  CHECK(chosen(tree, {2, 3}) == std::vector<int>{2, 3});
  // One thread of core 0, both of core 1.
  CHECK(chosen(tree, {2, 1, 3}) == std::vector<int>{1, 2});
}

TEST_CASE("AMD-style adjacent siblings and ranges", "[parallel]") {
  SysfsTree tree;
  for (int cpu = 0; cpu < 8; ++cpu) {
    tree.cpu(cpu, std::to_string(cpu & ~1) + "-" + std::to_string(cpu | 1), cpu / 2);
  }
  CHECK(chosen(tree, {0, 1, 2, 3, 4, 5, 6, 7}) == std::vector<int>{0, 2, 4, 6});
}

TEST_CASE("offline CPUs and CPUs without topology", "[parallel]") {
  SysfsTree tree;
  tree.cpu(0, "0", 0);
  tree.offline(1);
  tree.cpu(2, "2", 2);
  // An offline CPU is in no affinity mask; if it were, it counts as a core of its own rather
  // than being lost or merged with another.
  CHECK(chosen(tree, {0, 2}) == std::vector<int>{0, 2});
  CHECK(chosen(tree, {0, 1, 2}) == std::vector<int>{0, 1, 2});
  // No sysfs at all (a container hiding it): every allowed CPU is a core.
  CHECK(one_cpu_per_core(read_topology(tree.root() / "absent", {0, 1, 5})) ==
        std::vector<int>{0, 1, 5});
}

TEST_CASE("same package and core id join even without a siblings list", "[parallel]") {
  SysfsTree tree;
  tree.cpu(0, "", 0);
  tree.cpu(1, "", 0);
  tree.cpu(2, "", 0, 1);  // core 0 of another package: a core of its own
  CHECK(chosen(tree, {0, 1, 2}) == std::vector<int>{0, 2});
}

TEST_CASE("a corrupt siblings list names its file", "[parallel]") {
  SysfsTree tree;
  tree.cpu(0, "zero", 0);
  CHECK_THROWS_WITH(read_topology(tree.root(), {0}),
                    Catch::Contains("cpu0/topology/thread_siblings_list"));
}

TEST_CASE("this host has at least one core slot, each an allowed CPU", "[parallel]") {
  const std::vector<int> allowed = allowed_cpus();
  const std::vector<int> slots = host_core_cpus();
  REQUIRE(!slots.empty());
  CHECK(slots.size() <= allowed.size());
  for (const int cpu : slots)
    CHECK(std::find(allowed.begin(), allowed.end(), cpu) != allowed.end());
}

}  // namespace
}  // namespace judge::parallel
