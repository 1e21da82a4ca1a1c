// Pure parsers for the kernel's cgroup text formats and our cgroup names. No I/O, so they are
// tested on literal strings.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace judge::sandbox {

// One line of /proc/<pid>/cgroup: "4:memory:/a/b", "2:cpu,cpuacct:/", "0::/user.slice/x".
struct ProcCgroupLine {
  int hierarchy_id = 0;                  // 0 = the cgroup v2 hierarchy
  std::vector<std::string> controllers;  // v1 controllers ("name=systemd" kept as is); v2: empty
  std::string path;                      // relative to the hierarchy root (of our cgroup namespace)
};
std::vector<ProcCgroupLine> parse_proc_cgroup(std::string_view text);

// The fields of one /proc/<pid>/mountinfo line that cgroup detection needs.
struct MountInfoLine {
  std::string root;         // the directory of the filesystem mounted here ("/" usually)
  std::string mount_point;  // octal escapes (\040 for space) decoded
  std::string fs_type;      // "cgroup" (v1) or "cgroup2"
  std::vector<std::string> super_options;  // "rw", "memory", "nsdelegate", ...
};
std::vector<MountInfoLine> parse_mountinfo(std::string_view text);

// Where cgroup `cgroup_path` appears under `mount`, or nullopt when the mount does not show it
// (its root is not an ancestor of the path, e.g. a bind mount of another subtree).
std::optional<std::string> cgroup_directory(const MountInfoLine& mount,
                                            const std::string& cgroup_path);

// A whole file holding one integer ("123\n"); nullopt for "max" or garbage.
std::optional<std::int64_t> parse_int64(std::string_view text);
// The value of `key` in a flat-keyed file ("usage_usec 123\nuser_usec 100\n"), or nullopt.
std::optional<std::int64_t> flat_keyed_value(std::string_view text, std::string_view key);
// cgroup.procs: one pid per line.
std::vector<pid_t> parse_pid_list(std::string_view text);

// "judge-<pid>-<number>" for runs, "judge-<pid>-self" for the judge's own v2 leaf.
std::string run_cgroup_name(pid_t judge_pid, int number);
std::string self_cgroup_name(pid_t judge_pid);
// The judge pid of any name we create ("judge-123-7", "judge-123-self"), else nullopt.
std::optional<pid_t> judge_pid_of_cgroup_name(std::string_view name);
// True for "judge-<pid>-self" of any pid.
bool is_self_cgroup_name(std::string_view name);

}  // namespace judge::sandbox
