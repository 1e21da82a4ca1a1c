#include "sandbox/run_plan.h"

#include <algorithm>

#include "sandbox/private_tmpfs.h"
#include "util/units.h"

namespace judge::sandbox {

namespace {

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

std::string limit_ms(std::int64_t ms) {
  return ms > 0 ? units::format_duration_ms(ms) : "unlimited";
}

std::string limit_bytes(std::int64_t bytes) {
  return bytes > 0 ? units::format_bytes(bytes) : "unlimited";
}

std::string limits_line(const Limits& limits) {
  return "limits: cpu " + limit_ms(limits.cpu_time_ms) + ", wall " +
         limit_ms(effective_wall_time_ms(limits)) + ", memory " + limit_bytes(limits.memory_bytes) +
         ", stdout " + limit_bytes(limits.output_bytes) + ", stderr kept " +
         limit_bytes(limits.stderr_bytes) + ", file size " + limit_bytes(limits.file_size_bytes) +
         ", processes " + std::to_string(limits.max_processes) + ", open files " +
         std::to_string(limits.max_open_files);
}

}  // namespace

std::int64_t default_wall_time_ms(std::int64_t cpu_time_ms) {
  return cpu_time_ms > 0 ? 3 * cpu_time_ms : 0;
}

std::int64_t effective_wall_time_ms(const Limits& limits) {
  if (limits.wall_time_ms > 0) return limits.wall_time_ms;
  return limits.cpu_time_ms > 0 ? default_wall_time_ms(limits.cpu_time_ms) + 1000 : 0;
}

const std::vector<std::string>& default_readonly_paths() {
  static const std::vector<std::string> paths = {"/usr",
                                                 "/lib",
                                                 "/lib32",
                                                 "/lib64",
                                                 "/libx32",
                                                 "/bin",
                                                 "/sbin",
                                                 "/etc/alternatives",
                                                 "/etc/ld.so.cache",
                                                 "/etc/ld.so.conf",
                                                 "/etc/ld.so.conf.d",
                                                 "/etc/localtime",
                                                 "/etc/nsswitch.conf"};
  return paths;
}

std::vector<std::string> with_mounts_below(const std::vector<std::string>& paths,
                                           const std::vector<std::string>& mount_points) {
  std::vector<std::string> below;
  for (const std::string& point : mount_points) {
    const bool inside = std::any_of(paths.begin(), paths.end(), [&](const std::string& path) {
      return point.size() > path.size() + 1 && point.compare(0, path.size(), path) == 0 &&
             point[path.size()] == '/';
    });
    const bool listed = std::find(paths.begin(), paths.end(), point) != paths.end() ||
                        std::find(below.begin(), below.end(), point) != below.end();
    if (inside && !listed) below.push_back(point);
  }
  // A mount's path is longer than that of every mount it lies in.
  std::stable_sort(below.begin(), below.end(),
                   [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  std::vector<std::string> all = paths;
  all.insert(all.end(), below.begin(), below.end());
  return all;
}

std::vector<std::string> describe_run_plan(const RunSpec& spec) {
  std::vector<std::string> plan;
  plan.push_back("argv: " + joined(spec.argv));
  plan.push_back("cwd: " + (spec.cwd.empty() ? std::string("/box") : spec.cwd));
  plan.push_back("env: " + (spec.env.empty() ? std::string("(empty)") : joined(spec.env)));
  std::vector<std::string> readonly = default_readonly_paths();
  readonly.insert(readonly.end(), spec.extra_readonly.begin(), spec.extra_readonly.end());
  plan.push_back("read-only from the host (those that exist): " + joined(readonly));
  const PrivateTmpfsSizes sizes =
      private_tmpfs_sizes(spec.limits.memory_bytes, spec.limits.box_read_back_bytes);
  const std::string box_tmpfs = units::format_bytes(sizes.box_bytes);
  plan.push_back(spec.box_contents.empty()
                     ? "/box: empty tmpfs of " + box_tmpfs
                     : "/box: " + spec.box_contents + " (read-only) under a tmpfs of " + box_tmpfs);
  if (!spec.box_files.empty()) plan.push_back("/box also shows (read-only): " + spec.box_files);
  plan.push_back("/tmp: empty tmpfs of " + units::format_bytes(sizes.tmp_bytes));
  for (const Bind& bind : spec.binds) {
    plan.push_back("bind " + bind.host_path + " -> " + bind.sandbox_path +
                   (bind.writable ? " (writable)" : " (read-only)"));
  }
  plan.push_back("stdin: " +
                 (spec.stdin_path.empty() ? std::string("/dev/null") : spec.stdin_path));
  plan.push_back("stdout: " +
                 (spec.stdout_path.empty() ? std::string("dropped") : spec.stdout_path));
  plan.push_back(limits_line(spec.limits));
  plan.push_back("seccomp: seccomp/default.policy");
  if (spec.cpu >= 0) plan.push_back("cpu: " + std::to_string(spec.cpu));
  if (spec.hand_back_box) plan.push_back("after the run: /box is handed back to the judge");
  return plan;
}

}  // namespace judge::sandbox
