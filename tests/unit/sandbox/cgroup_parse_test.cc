#include "sandbox/cgroup_parse.h"

#include <catch2/catch.hpp>

using namespace judge::sandbox;

TEST_CASE("parse_proc_cgroup reads v1 and v2 lines", "[cgroup]") {
  auto lines = parse_proc_cgroup(
      "12:cpu,cpuacct:/\n"
      "4:memory:/process_api/abeb\n"
      "1:name=systemd:/user.slice\n"
      "0::/user.slice/user-1000.slice/a:b.scope\n");
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].hierarchy_id == 12);
  CHECK(lines[0].controllers == std::vector<std::string>{"cpu", "cpuacct"});
  CHECK(lines[0].path == "/");
  CHECK(lines[1].controllers == std::vector<std::string>{"memory"});
  CHECK(lines[1].path == "/process_api/abeb");
  CHECK(lines[2].controllers == std::vector<std::string>{"name=systemd"});
  CHECK(lines[3].hierarchy_id == 0);
  CHECK(lines[3].controllers.empty());
  CHECK(lines[3].path == "/user.slice/user-1000.slice/a:b.scope");  // ':' inside the path kept
}

TEST_CASE("parse_proc_cgroup skips malformed lines", "[cgroup]") {
  CHECK(parse_proc_cgroup("garbage\nx:memory:/a\n").empty());
}

TEST_CASE("parse_mountinfo finds fs type, root, mount point and super options", "[cgroup]") {
  auto mounts = parse_mountinfo(
      "35 31 0:32 / /sys/fs/cgroup/memory rw,relatime shared:5 - cgroup cgroup rw,memory\n"
      "41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw,nsdelegate\n"
      "50 31 0:40 /sub /mnt/with\\040space rw master:1 shared:2 - cgroup2 none rw\n"
      "broken line\n");
  REQUIRE(mounts.size() == 3);
  CHECK(mounts[0].fs_type == "cgroup");
  CHECK(mounts[0].mount_point == "/sys/fs/cgroup/memory");
  CHECK(mounts[0].super_options == std::vector<std::string>{"rw", "memory"});
  CHECK(mounts[1].fs_type == "cgroup2");
  CHECK(mounts[1].root == "/");
  CHECK(mounts[2].root == "/sub");
  CHECK(mounts[2].mount_point == "/mnt/with space");
  CHECK(mounts[2].super_options == std::vector<std::string>{"rw"});
}

TEST_CASE("cgroup_directory maps a cgroup path through the mount root", "[cgroup]") {
  MountInfoLine root_mount{"/", "/sys/fs/cgroup", "cgroup2", {}};
  CHECK(cgroup_directory(root_mount, "/") == "/sys/fs/cgroup");
  CHECK(cgroup_directory(root_mount, "/a/b") == "/sys/fs/cgroup/a/b");
  CHECK_FALSE(cgroup_directory(root_mount, "/../outside").has_value());

  MountInfoLine sub_mount{"/a", "/mnt/cg", "cgroup2", {}};
  CHECK(cgroup_directory(sub_mount, "/a") == "/mnt/cg");
  CHECK(cgroup_directory(sub_mount, "/a/b") == "/mnt/cg/b");
  CHECK_FALSE(cgroup_directory(sub_mount, "/ab").has_value());
  CHECK_FALSE(cgroup_directory(sub_mount, "/b").has_value());
}

TEST_CASE("numbers, flat-keyed files, words and pid lists", "[cgroup]") {
  CHECK(parse_int64("123\n") == 123);
  CHECK(parse_int64(" 9223372036854771712 ") == 9223372036854771712);
  CHECK_FALSE(parse_int64("max\n").has_value());
  CHECK_FALSE(parse_int64("").has_value());
  CHECK_FALSE(parse_int64("12x").has_value());

  const char* cpu_stat = "usage_usec 1500\nuser_usec 1000\nsystem_usec 500\n";
  CHECK(flat_keyed_value(cpu_stat, "usage_usec") == 1500);
  CHECK(flat_keyed_value(cpu_stat, "system_usec") == 500);
  CHECK_FALSE(flat_keyed_value(cpu_stat, "usage").has_value());  // whole keys only
  const char* events = "low 0\nhigh 0\nmax 7\noom 1\noom_kill 2\noom_group_kill 0\n";
  CHECK(flat_keyed_value(events, "max") == 7);
  CHECK(flat_keyed_value(events, "oom_kill") == 2);
  CHECK(flat_keyed_value("oom_kill_disable 0\nunder_oom 0\noom_kill 3\n", "oom_kill") == 3);

  CHECK(parse_pid_list("12\n345\n") == std::vector<pid_t>{12, 345});
  CHECK(parse_pid_list("").empty());
}

TEST_CASE("judge cgroup names round-trip", "[cgroup]") {
  CHECK(run_cgroup_name(123, 7) == "judge-123-7");
  CHECK(self_cgroup_name(123) == "judge-123-self");
  CHECK(judge_pid_of_cgroup_name("judge-123-7") == 123);
  CHECK(judge_pid_of_cgroup_name("judge-123-self") == 123);
  CHECK_FALSE(judge_pid_of_cgroup_name("judge-123").has_value());
  CHECK_FALSE(judge_pid_of_cgroup_name("judge-abc-1").has_value());
  CHECK_FALSE(judge_pid_of_cgroup_name("judge-12-x").has_value());
  CHECK_FALSE(judge_pid_of_cgroup_name("other-12-1").has_value());
  CHECK_FALSE(judge_pid_of_cgroup_name("judge-0-1").has_value());
  CHECK(is_self_cgroup_name("judge-5-self"));
  CHECK_FALSE(is_self_cgroup_name("judge-5-1"));
  CHECK_FALSE(is_self_cgroup_name("x-self"));
}
